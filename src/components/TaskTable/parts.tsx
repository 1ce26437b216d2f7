import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {Requirement} from '../../playbook/tasks';
import {requirementLabels} from './labels';
import styles from './styles.module.css';

/** Required/optional as a text badge: the word carries the meaning, colour only supports it. */
export function RequirementBadge({requirement}: {requirement: Requirement}): ReactNode {
  return (
    <span className={clsx('task-badge', `task-badge--${requirement}`, styles.badge, styles[requirement])}>
      {requirementLabels()[requirement]}
    </span>
  );
}

export function ServiceChips({services}: {services: readonly string[]}): ReactNode {
  if (services.length === 0) return null;
  return (
    <ul className={clsx('task-services', styles.chips)}>
      {services.map((service, i) => (
        <li key={`${i}:${service}`} className={clsx('task-service', styles.chip)}>
          {service}
        </li>
      ))}
    </ul>
  );
}

/** The only row of a table whose filter hides everything. */
export function NoMatchRow({columns}: {columns: number}): ReactNode {
  return (
    <tr>
      <td colSpan={columns} className={styles.empty}>
        {translate({id: 'tasks.filter.none', message: 'No task matches the filter.', description: 'Shown when the task filter hides every row'})}
      </td>
    </tr>
  );
}
