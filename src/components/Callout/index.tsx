import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {CALLOUT_KINDS, type CalloutKind} from '@site/src/playbook/callouts';
import CalloutIcon from './CalloutIcon';
import styles from './styles.module.css';

export interface CalloutProps {
  kind: CalloutKind;
  children?: ReactNode;
}

const TITLE_DESCRIPTION = 'Title of a callout box (DocFX [!NOTE], [!TIP], …)';

/**
 * Each kind's title in the page's locale. One static `translate()` per kind, so
 * `write-translations` extracts every id (`callout.<kind>.title`) into each locale's code.json.
 */
export function calloutTitle(kind: CalloutKind): string {
  const titles: Record<CalloutKind, string> = {
    note: translate({id: 'callout.note.title', message: 'Note', description: TITLE_DESCRIPTION}),
    tip: translate({id: 'callout.tip.title', message: 'Tip', description: TITLE_DESCRIPTION}),
    important: translate({id: 'callout.important.title', message: 'Important', description: TITLE_DESCRIPTION}),
    warning: translate({id: 'callout.warning.title', message: 'Warning', description: TITLE_DESCRIPTION}),
    caution: translate({id: 'callout.caution.title', message: 'Caution', description: TITLE_DESCRIPTION}),
  };
  return titles[kind];
}

/**
 * A DocFX callout (`> [!NOTE]` …), made by the callouts remark plugin. A note landmark
 * named by its visible title, so screen readers announce "Note" / "Hinweis".
 */
export default function Callout({kind, children}: CalloutProps): ReactNode {
  const titleId = useId();
  const known: CalloutKind = (CALLOUT_KINDS as readonly string[]).includes(kind) ? kind : 'note';
  return (
    <div className={clsx(styles.callout, styles[known])} role="note" aria-labelledby={titleId} data-callout={known}>
      <p className={styles.title} id={titleId}>
        <CalloutIcon kind={known} className={styles.icon} />
        {calloutTitle(known)}
      </p>
      {children ? <div className={styles.content}>{children}</div> : null}
    </div>
  );
}
