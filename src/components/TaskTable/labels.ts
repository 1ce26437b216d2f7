import {translate} from '@docusaurus/Translate';
import type {Requirement, TaskColumn} from '../../playbook/tasks';

/** Column headers in the site's locale (translations in i18n/<locale>/code.json): the one place they are written. */
export function taskColumnLabels(): Record<TaskColumn, string> {
  return {
    id: translate({id: 'tasks.column.id', message: 'Task ID', description: 'Task table header: the FTOP task number'}),
    name: translate({id: 'tasks.column.name', message: 'Task Name', description: 'Task table header'}),
    requirement: translate({id: 'tasks.column.requirement', message: 'Required / Optional', description: 'Task table header'}),
    role: translate({id: 'tasks.column.role', message: 'FastTrack Role', description: 'Task table header'}),
    services: translate({id: 'tasks.column.services', message: 'Services', description: 'Task table header'}),
  };
}

export function requirementLabels(): Record<Requirement, string> {
  return {
    required: translate({id: 'tasks.requirement.required', message: 'Required', description: 'Badge for a required FTOP task'}),
    optional: translate({id: 'tasks.requirement.optional', message: 'Optional', description: 'Badge for an optional FTOP task'}),
  };
}
