import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** An update-summary table, rows newest first (sorted at build time by the history plugin). */
export default function RevisionHistory({children}: {children?: ReactNode}): ReactNode {
  return (
    <figure className={clsx('playbook-revision-history', styles.revisionHistory)}>
      <figcaption className="sr-only">
        {translate({id: 'playbook.history.caption', message: 'Revision history, newest first', description: 'Screen-reader caption of a page\'s update-summary table'})}
      </figcaption>
      {children}
    </figure>
  );
}
