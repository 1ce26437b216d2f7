/**
 * FTOP task tables as the task-tables remark plugin emits them:
 * `<TaskTable locale="de" columns="5"><TaskRow id="3988" requirement="required" …>Name</TaskRow>…</TaskTable>`.
 * Rows deep-link as `#task-<ID>`, can be sorted by ID and name, and filtered when there are many.
 */
import {useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {taskAnchor, type TaskColumn} from '../../playbook/tasks';
import {isSafeUrl} from '../../trust/url';
import {requirementLabels, taskColumnLabels} from './labels';
import {
  FILTER_THRESHOLD, filterRows, nextSort, rowModels, sortRows,
  type SortKey, type SortState, type TaskRowModel, type TaskRowProps,
} from './model';
import {NoMatchRow, RequirementBadge, ServiceChips} from './parts';
import styles from './styles.module.css';

export type {TaskRowProps};

function LinkIcon(): ReactNode {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="16" height="16">
      <path
        fill="currentColor"
        d="M10.6 13.4a1 1 0 0 1 0-1.4l3.9-3.9a3 3 0 1 1 4.2 4.2l-2 2a1 1 0 1 1-1.4-1.4l2-2a1 1 0 0 0-1.4-1.4l-3.9 3.9a1 1 0 0 1-1.4 0Zm2.8-2.8a1 1 0 0 1 0 1.4l-3.9 3.9a3 3 0 1 1-4.2-4.2l2-2a1 1 0 0 1 1.4 1.4l-2 2a1 1 0 0 0 1.4 1.4l3.9-3.9a1 1 0 0 1 1.4 0Z"
      />
    </svg>
  );
}

function CheckIcon(): ReactNode {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="16" height="16">
      <path fill="currentColor" d="M9.5 16.6 5.4 12.5a1 1 0 1 0-1.4 1.4l4.8 4.8a1 1 0 0 0 1.4 0l9.8-9.8a1 1 0 1 0-1.4-1.4l-9.1 9.1Z" />
    </svg>
  );
}

function SortIcon({direction}: {direction: SortState['direction'] | null}): ReactNode {
  return (
    <span aria-hidden="true" data-pagefind-ignore="all" className={clsx('task-table__sort-icon', styles.sortIcon)}>
      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
    </span>
  );
}

/** The ID links to the task's page (a plain link: task pages are static files); a source link on the ID follows it. */
function TaskId({id, href, pages}: {id: string; href?: string; pages: boolean}): ReactNode {
  const page = useBaseUrl(`/tasks/${id}`);
  const source = href && isSafeUrl(href) ? href : null;
  return (
    <span className="task-row__id">
      {pages ? <a href={page}>{id}</a> : source ? <a href={source}>{id}</a> : id}
      {pages && source ? (
        <a href={source} className={styles.sourceLink} aria-label={translate({id: 'tasks.sourceLink.label', message: 'Link the playbook gives for task {id}', description: 'Small link after a task ID that the page links somewhere'}, {id})}>
          <span aria-hidden="true">↗</span>
        </a>
      ) : null}
    </span>
  );
}

function CopyLinkButton({id, copied, onCopy}: {id: string; copied: boolean; onCopy: (id: string) => void}): ReactNode {
  const label = translate({id: 'tasks.copyLink.label', message: 'Copy link to task {id}', description: 'Button on a task row'}, {id});
  return (
    <button type="button" data-pagefind-ignore="all" className={clsx('task-row__copy', styles.copy, copied && styles.copied)} aria-label={label} title={label} onClick={() => onCopy(id)}>
      {copied ? <CheckIcon /> : <LinkIcon />}
    </button>
  );
}

interface RowViewProps {
  row: TaskRowModel;
  /** Column labels, shown beside role and services when rows are cards. */
  labels: Record<TaskColumn, string>;
  /** Whether task IDs link to their task pages (the page's tasks are in the catalog). */
  pages: boolean;
  columnCount: number;
  copiedId: string | null;
  onCopy: (id: string) => void;
}

function TaskRowView({row, labels, pages, columnCount, copiedId, onCopy}: RowViewProps): ReactNode {
  const {props} = row;
  const anchor = row.anchored ? taskAnchor(props.id!) : undefined;
  // Lets the build's broken-anchor check accept links to `page#task-<ID>`.
  useBrokenLinks().collectAnchor(anchor);
  const copy = row.anchored ? <CopyLinkButton id={props.id!} copied={copiedId === props.id} onCopy={onCopy} /> : null;
  const rowClass = clsx('task-row', row.cells && 'task-row--as-written', styles.row);

  if (row.cells) {
    const padding = Math.max(0, columnCount - row.cells.length);
    return (
      <tr id={anchor} data-task-id={props.id} data-task-issue={props.issue} className={rowClass}>
        {row.cells.map((cell, i) => (
          <td key={i}>{cell}{i === 0 ? copy : null}</td>
        ))}
        {Array.from({length: padding}, (_, i) => <td key={`pad-${i}`} />)}
      </tr>
    );
  }
  return (
    <tr id={anchor} data-task-id={props.id} className={rowClass}>
      <td className={styles.idCell}>
        <TaskId id={props.id ?? ''} href={props.href} pages={pages} />
        {copy}
      </td>
      <td className={clsx('task-row__name', styles.name)}>{props.children}</td>
      <td className={clsx('task-row__requirement', styles.requirement)}>{props.requirement ? <RequirementBadge requirement={props.requirement} /> : null}</td>
      <td className={clsx('task-row__role', styles.role)} data-label={labels.role}>{props.role}</td>
      {columnCount === 5 ? <td className={clsx('task-row__services', styles.services)} data-label={labels.services}><ServiceChips services={row.services} /></td> : null}
    </tr>
  );
}

function SortableHeader({label, sortKey, sort, onSort}: {label: string; sortKey: SortKey; sort: SortState | null; onSort: (key: SortKey) => void}): ReactNode {
  const direction = sort?.key === sortKey ? sort.direction : null;
  return (
    <th scope="col" aria-sort={direction ?? 'none'}>
      <button type="button" className={clsx('task-table__sort', styles.sortButton)} onClick={() => onSort(sortKey)}>
        {label}
        <SortIcon direction={direction} />
      </button>
    </th>
  );
}

export interface TaskTableProps {
  /** The page's locale, for sorting names (the task-tables plugin always sets it; else the reader's language). */
  locale?: string;
  /** "5" with a services column, "4" without. */
  columns?: string;
  /** "false" on pages whose tasks the catalog leaves out (examples): no task pages to link to. */
  catalog?: string;
  children?: ReactNode;
}

export function TaskTable({locale, columns = '5', catalog, children}: TaskTableProps): ReactNode {
  const columnCount = columns === '4' ? 4 : 5;
  const labels = taskColumnLabels();
  const rows = useMemo(() => rowModels(children, requirementLabels()), [children]);
  const [sort, setSort] = useState<SortState | null>(null);
  const [query, setQuery] = useState('');
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const filterId = useId();

  useEffect(() => {
    if (copiedId === null) return undefined;
    const timer = window.setTimeout(() => setCopiedId(null), 2000);
    return () => window.clearTimeout(timer);
  }, [copiedId]);

  const copyLink = async (id: string) => {
    const url = new URL(window.location.href);
    url.hash = taskAnchor(id);
    try {
      await navigator.clipboard.writeText(url.href);
      setCopiedId(id);
      setAnnouncement(translate({id: 'tasks.copyLink.done', message: 'Link to task {id} copied', description: 'Announced after copying'}, {id}));
    } catch {
      // No clipboard (permissions, old browser): put the link in the address bar instead.
      window.history.replaceState(window.history.state, '', url.href);
      setAnnouncement(
        translate({id: 'tasks.copyLink.failed', message: 'Could not copy; the link to task {id} is now in the address bar', description: 'Announced when the clipboard is unavailable'}, {id}),
      );
    }
  };

  const filterable = rows.length > FILTER_THRESHOLD;
  const shown = sortRows(filterable ? filterRows(rows, query) : rows, sort, locale);

  return (
    <div className={clsx('task-table', styles.taskTable)}>
      {filterable ? (
        <div className={clsx('task-table__filter', styles.filter)} data-pagefind-ignore="all">
          <label htmlFor={filterId}>{translate({id: 'tasks.filter.label', message: 'Filter tasks', description: 'Label of the filter box above a long task table'})}</label>
          <input
            id={filterId}
            className={styles.input}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={translate({id: 'tasks.filter.placeholder', message: 'ID, name, role or service', description: 'Placeholder of the task filter box'})}
          />
          <span role="status" className={styles.count}>
            {translate({id: 'tasks.filter.count', message: '{shown} of {total} tasks', description: 'Rows shown by the task filter'}, {shown: shown.length, total: rows.length})}
          </span>
        </div>
      ) : null}
      <div className={styles.scroll}>
        <table className={clsx('task-table__table', styles.table)}>
          <thead>
            <tr>
              <SortableHeader label={labels.id} sortKey="id" sort={sort} onSort={(key) => setSort(nextSort(sort, key))} />
              <SortableHeader label={labels.name} sortKey="name" sort={sort} onSort={(key) => setSort(nextSort(sort, key))} />
              <th scope="col">{labels.requirement}</th>
              <th scope="col">{labels.role}</th>
              {columnCount === 5 ? <th scope="col">{labels.services}</th> : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <TaskRowView key={row.index} row={row} labels={labels} pages={catalog !== 'false'} columnCount={columnCount} copiedId={copiedId} onCopy={copyLink} />
            ))}
            {shown.length === 0 ? <NoMatchRow columns={columnCount} /> : null}
          </tbody>
        </table>
      </div>
      <span role="status" data-pagefind-ignore="all" className={'task-table__announcement sr-only'}>
        {announcement}
      </span>
    </div>
  );
}

/** Rendered by `<TaskTable>`; on its own (outside a table) it only carries its props. */
export function TaskRow(props: TaskRowProps): ReactNode {
  return <>{props.children}</>;
}

/** One cell of a row kept as written. */
export function TaskCell({children}: {children?: ReactNode}): ReactNode {
  return <>{children}</>;
}

export default TaskTable;
