import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import PlaybookDate from '@site/src/components/PlaybookDate';
import {calendarDateOfTimestamp} from '@site/src/playbook/dates';
import {FACT_KINDS, isKnownAudience, type FactKind} from '@site/src/playbook/pageFacts';
import styles from './styles.module.css';

/** Labels in the reader's language; the values stay as the author wrote them. */
function factLabel(kind: FactKind, plural: boolean): string {
  switch (kind) {
    case 'phase':
      return translate({id: 'playbook.fact.phase', message: 'Phase', description: 'Label of the lifecycle phase a playbook page belongs to'});
    case 'primaryRole':
      return plural
        ? translate({id: 'playbook.fact.primaryRoles', message: 'Primary Roles', description: 'Label of the roles that carry out a method'})
        : translate({id: 'playbook.fact.primaryRole', message: 'Primary Role', description: 'Label of the role that carries out a method'});
    case 'appliesTo':
      return translate({id: 'playbook.fact.appliesTo', message: 'Applies To', description: 'Label of the services a method applies to'});
  }
}

export interface FactProps {
  /** A known fact (label translated) or absent for another labelled line (label as written). */
  kind?: string;
  label: string;
  plural?: boolean;
  children?: ReactNode;
}

export function Fact({kind, label, plural = false, children}: FactProps): ReactNode {
  const known = (FACT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as FactKind) : null;
  return (
    <div className={styles.fact} data-fact={known ?? undefined}>
      <dt className={styles.label}>{known ? factLabel(known, plural) : label}</dt>
      <dd className={styles.value}>{children}</dd>
    </div>
  );
}

function audienceName(audience: string): string {
  const key = audience.trim().toLowerCase();
  if (!isKnownAudience(key)) return audience;
  switch (key) {
    case 'partner':
      return translate({id: 'playbook.audience.partner', message: 'Partners', description: 'ft.audience "partner": the page is written for partners'});
  }
}

/** The compact header under a page's H1: phase (as written), audience and last update. */
export function PageFacts({children}: {children?: ReactNode}): ReactNode {
  const {metadata, frontMatter} = useDoc();
  const audience = (frontMatter as Record<string, unknown>)['ft.audience'];
  const lastUpdated = metadata.lastUpdatedAt ? calendarDateOfTimestamp(metadata.lastUpdatedAt) : null;
  if (!children && typeof audience !== 'string' && !lastUpdated) return null;
  return (
    <dl className={clsx('playbook-page-facts', styles.pageFacts)}>
      {children}
      {typeof audience === 'string' && audience.trim() && (
        <div className={styles.fact} data-fact="audience">
          <dt className={styles.label}>
            {translate({id: 'playbook.fact.audience', message: 'Audience', description: 'Label of who a playbook page is written for (ft.audience)'})}
          </dt>
          <dd className={styles.value}>{audienceName(audience)}</dd>
        </div>
      )}
      {lastUpdated && (
        <div className={styles.fact} data-fact="lastUpdated">
          <dt className={styles.label}>
            {translate({id: 'playbook.fact.lastUpdated', message: 'Last updated', description: 'Label of the date a playbook page was last updated (ms.date)'})}
          </dt>
          <dd className={styles.value}>
            <PlaybookDate date={lastUpdated} />
          </dd>
        </div>
      )}
    </dl>
  );
}

/** A method's `Primary Role:` / `Applies To:` lines as labelled chips. */
export function MethodFacts({children}: {children?: ReactNode}): ReactNode {
  return <dl className={clsx('playbook-method-facts', styles.methodFacts)}>{children}</dl>;
}
