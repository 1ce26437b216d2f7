import type {ReactNode} from 'react';
import clsx from 'clsx';
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
