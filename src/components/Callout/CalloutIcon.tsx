import type {ReactNode} from 'react';
import type {CalloutKind} from '@site/src/playbook/callouts';

// 24×24 outline icons (stroke = currentColor), one per kind; decorative next to the title.
const PATHS: Record<CalloutKind, ReactNode> = {
  note: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v6M12 7.5v.5" />
    </>
  ),
  tip: <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2V16h5v-.1c0-.8.4-1.5 1-2A6 6 0 0 0 12 3z" />,
  important: (
    <>
      <path d="M4 5h16v11H9l-5 4z" />
      <path d="M12 8v4M12 14.5v.5" />
    </>
  ),
  warning: (
    <>
      <path d="M12 3 2 20h20z" />
      <path d="M12 10v4M12 17v.5" />
    </>
  ),
  caution: (
    <>
      <path d="M8 3h8l5 5v8l-5 5H8l-5-5V8z" />
      <path d="M12 8v5M12 16v.5" />
    </>
  ),
};

export default function CalloutIcon({kind, className}: {kind: CalloutKind; className?: string}): ReactNode {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false">
      {PATHS[kind]}
    </svg>
  );
}
