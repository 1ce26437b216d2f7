import {Children, isValidElement, type ReactElement, type ReactNode} from 'react';
import type {Requirement} from '../../playbook/tasks';
import {containsAllWords, foldForMatch, matchWords} from '../../playbook/text';

/** Props of `<TaskRow>` as the task-tables remark plugin writes them (all strings in MDX). */
export interface TaskRowProps {
  /** The FTOP task ID; the row gets `id="task-<id>"` unless it is a duplicate. */
  id?: string;
  /** Set on a repeated ID: the row is shown but does not own the anchor. */
  duplicate?: boolean;
  /** Where the ID cell linked to, if anywhere. */
  href?: string;
  requirement?: Requirement;
  role?: string;
  /** The services column's entries, as the plugin read them. */
  services?: readonly string[];
  /** Rule IDs of a row the grammar could not read; its children are `<TaskCell>`s as written. */
  issue?: string;
  children?: ReactNode;
}

export interface TaskRowModel {
  props: TaskRowProps;
  /** Position in the page, the "unsorted" order. */
  index: number;
  /** Owns the `#task-<id>` anchor. */
  anchored: boolean;
  /** Cells as written, for rows the grammar could not read. */
  cells: ReactNode[] | null;
  services: readonly string[];
  sortId: number;
  sortName: string;
  /** Folded text the filter box searches (the one fold of `playbook/text.ts`). */
  searchText: string;
}

/** Visible text of React children (names may hold links and emphasis). */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

export function rowModels(children: ReactNode, requirementLabels: Record<Requirement, string>): TaskRowModel[] {
  const elements = Children.toArray(children).filter((child): child is ReactElement<TaskRowProps> => isValidElement(child));
  return elements.map((element, index) => {
    const props = element.props;
    const cells = props.issue
      ? Children.toArray(props.children).filter(isValidElement).map((cell) => (cell.props as {children?: ReactNode}).children)
      : null;
    const name = cells ? textOf(cells[1]) : textOf(props.children);
    const id = props.id ?? (cells ? textOf(cells[0]).trim() : '');
    const services = props.services ?? [];
    const words = cells
      ? cells.map(textOf)
      : [id, name, props.role ?? '', services.join(' '), props.requirement ? requirementLabels[props.requirement] : ''];
    return {
      props,
      index,
      anchored: Boolean(props.id) && !props.duplicate,
      cells,
      services,
      sortId: /^\d+$/.test(id) ? Number(id) : Number.POSITIVE_INFINITY,
      sortName: name.trim(),
      searchText: foldForMatch(words.join(' ')),
    };
  });
}

export type SortKey = 'id' | 'name';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** Rows in the requested order; unreadable IDs sort last, ties keep page order. */
export function sortRows(rows: readonly TaskRowModel[], sort: SortState | null, locale: string | undefined): TaskRowModel[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: TaskRowModel, b: TaskRowModel) =>
    sort.key === 'id'
      ? a.sortId === b.sortId ? 0 : a.sortId === Infinity ? 1 : b.sortId === Infinity ? -1 : sign * (a.sortId - b.sortId)
      : sign * a.sortName.localeCompare(b.sortName, locale, {sensitivity: 'base', numeric: true});
  return [...rows].sort((a, b) => compare(a, b) || a.index - b.index);
}

/** Rows containing every word of the query. */
export function filterRows(rows: readonly TaskRowModel[], query: string): TaskRowModel[] {
  const words = matchWords(query);
  return words.length === 0 ? [...rows] : rows.filter((row) => containsAllWords(row.searchText, words));
}

/** Next state when a sort button is pressed: ascending first, then toggling. */
export function nextSort(current: SortState | null, key: SortKey): SortState {
  return current?.key === key && current.direction === 'ascending' ? {key, direction: 'descending'} : {key, direction: 'ascending'};
}

/** More rows than this get a filter box. */
export const FILTER_THRESHOLD = 8;
