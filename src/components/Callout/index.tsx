import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {CALLOUT_KINDS, CALLOUT_TITLES, type CalloutKind} from '@site/src/playbook/callouts';
import CalloutIcon from './CalloutIcon';
import styles from './styles.module.css';

export interface CalloutProps {
  kind: CalloutKind;
  children?: ReactNode;
}

/** The kind's title in the page's locale; ids `callout.<kind>.title` (German in i18n/de/code.json). */
export function calloutTitle(kind: CalloutKind): string {
  return translate({
    id: `callout.${kind}.title`,
    message: CALLOUT_TITLES[kind],
    description: 'Title of a callout box (DocFX [!NOTE], [!TIP], …)',
  });
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
