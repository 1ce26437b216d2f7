/**
 * The task catalog page (`/tasks`, `/de/tasks`): every FTOP task of the locale's pages, filterable
 * by text/ID, service, role, requirement and phase. Filters live in the URL query, so a filtered
 * view (`/de/tasks?service=Intune`) can be shared.
 */
import {memo, useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {REQUIREMENTS} from '../../playbook/tasks';
import {
  filterOptions, filterTasks, formatTaskQuery, searchTextOf, tasksCsv,
  type CatalogTask, type TaskFilter,
} from '../../tasks/catalog';
import {requirementLabels, taskColumnLabels} from '../TaskTable/labels';
import {NoMatchRow, RequirementBadge, ServiceChips} from '../TaskTable/parts';
import taskStyles from '../TaskTable/styles.module.css';
import styles from './styles.module.css';
import {useTaskQuery, type QueryUpdate} from './useTaskQuery';

/** Rows per page: keeps the page light with 10,000 tasks. */
export const PAGE_SIZE = 50;

interface Props {
  catalog: {tasks: CatalogTask[]};
}

/** A select filter; memoised, so typing in the text filter does not re-render its options. */
const SelectFilter = memo(function SelectFilter({name, label, value, options, update}: {
  name: Exclude<TaskFilter, 'q'>;
  label: string;
  value: string;
  options: readonly {value: string; label: string}[];
  update: QueryUpdate;
}): ReactNode {
  const all = translate({id: 'tasks.catalog.filter.all', message: 'All', description: 'Option of a catalog filter that filters nothing'});
  return (
    <div className={styles.field}>
      <label htmlFor={`task-filter-${name}`}>{label}</label>
      <select id={`task-filter-${name}`} className={taskStyles.input} name={name} value={value} onChange={(event) => update({[name]: event.target.value})}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
});

function Pagination({page, pages, onPage}: {page: number; pages: number; onPage: (page: number) => void}): ReactNode {
  if (pages <= 1) return null;
  return (
    <nav className={clsx('pagination-nav', styles.pagination)} aria-label={translate({id: 'tasks.catalog.pages', message: 'Result pages', description: 'Label of the catalog pagination'})}>
      <button type="button" className="button button--secondary button--sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {translate({id: 'tasks.catalog.previous', message: 'Previous', description: 'Previous result page'})}
      </button>
      <span>{translate({id: 'tasks.catalog.pageOf', message: 'Page {page} of {pages}', description: 'Catalog pagination position'}, {page, pages})}</span>
      <button type="button" className="button button--secondary button--sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {translate({id: 'tasks.catalog.next', message: 'Next', description: 'Next result page'})}
      </button>
    </nav>
  );
}

/** Downloads the tasks of the current filter (every result page) as CSV, made in the browser. */
function CsvDownload({tasks, locale}: {tasks: readonly CatalogTask[]; locale: string}): ReactNode {
  const download = () => {
    const columns = taskColumnLabels();
    const requirements = requirementLabels();
    const csv = tasksCsv(
      tasks,
      {
        ...columns,
        phase: translate({id: 'tasks.column.phase', message: 'Phase', description: 'Task catalog header: lifecycle phase'}),
        page: translate({id: 'tasks.column.page', message: 'Page', description: 'Task catalog header: the page a task is on'}),
        url: 'URL',
        malformed: translate({id: 'tasks.csv.malformed', message: 'Malformed row (as written)', description: 'CSV column: the cells of a row the site could not read'}),
      },
      {requirement: (task) => (task.requirement ? requirements[task.requirement] : ''), origin: window.location.origin},
    );
    // A byte-order mark so spreadsheet programs read UTF-8 (German, Japanese names).
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], {type: 'text/csv;charset=utf-8'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = `ftop-tasks-${locale}.csv`;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" className="button button--secondary button--sm" data-pagefind-ignore="all" onClick={download}>
      {translate({id: 'tasks.catalog.csv', message: 'Download these {count} tasks as CSV', description: 'Button that downloads the filtered catalog'}, {count: tasks.length})}
    </button>
  );
}

/** A row the grammar could not read: marked, with its cells as written so nothing is hidden. */
function MalformedCells({task}: {task: CatalogTask}): ReactNode {
  return (
    <td colSpan={4}>
      <span className={clsx('task-row__malformed', styles.malformed)}>
        {translate({id: 'tasks.catalog.malformed', message: 'Malformed row, shown as written', description: 'Mark on a catalog row whose table row could not be read'})}
      </span>
      <span className={styles.cells}>{(task.cells ?? []).join(' | ')}</span>
    </td>
  );
}

const TaskCatalogRow = memo(function TaskCatalogRow({task}: {task: CatalogTask}): ReactNode {
  // Task pages are static files written after the build: a plain link loads them.
  const taskPage = useBaseUrl(`/tasks/${task.id}`);
  return (
    <tr className="task-row" data-task-id={task.id} data-malformed={task.malformed ? 'true' : undefined}>
      <td className={taskStyles.idCell}>
        <a href={taskPage}>{task.id}</a>
      </td>
      {task.malformed ? (
        <MalformedCells task={task} />
      ) : (
        <>
          <td className={taskStyles.name}>{task.name}</td>
          <td>{task.requirement ? <RequirementBadge requirement={task.requirement} /> : null}</td>
          <td>{task.role}</td>
          <td><ServiceChips services={task.services} /></td>
        </>
      )}
      <td>{task.phase}</td>
      <td>
        <Link to={task.url}>{task.page.title}</Link>
        {task.method ? <div className={styles.method}>{task.method}</div> : null}
      </td>
    </tr>
  );
});

/** The table of one result page; it re-renders only when the rows it shows change. */
const ResultTable = memo(function ResultTable({tasks}: {tasks: readonly CatalogTask[]}): ReactNode {
  const columns = taskColumnLabels();
  return (
    <div className={taskStyles.scroll}>
      <table className={taskStyles.table}>
        <thead>
          <tr>
            <th scope="col">{columns.id}</th>
            <th scope="col">{columns.name}</th>
            <th scope="col">{columns.requirement}</th>
            <th scope="col">{columns.role}</th>
            <th scope="col">{columns.services}</th>
            <th scope="col">{translate({id: 'tasks.column.phase', message: 'Phase', description: 'Task catalog header: lifecycle phase'})}</th>
            <th scope="col">{translate({id: 'tasks.column.page', message: 'Page', description: 'Task catalog header: the page a task is on'})}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <TaskCatalogRow key={task.url} task={task} />
          ))}
          {tasks.length === 0 ? <NoMatchRow columns={7} /> : null}
        </tbody>
      </table>
    </div>
  );
});

/**
 * Filters and results, rendered together on every keystroke: only the parts whose data changed
 * render (memoised selects and rows), and a page holds 50 rows. Deferring the list
 * (`useDeferredValue`) was measured: it split each keystroke into two commits, one frame later.
 */
function Catalog({tasks}: {tasks: readonly CatalogTask[]}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const [query, update] = useTaskQuery();
  // Each task's text folded once; a keystroke only scans these strings.
  const searchTexts = useMemo(() => tasks.map(searchTextOf), [tasks]);
  const options = useMemo(() => {
    const {service, role, phase} = filterOptions(tasks, locale);
    const asOptions = (values: string[]) => values.map((value) => ({value, label: value}));
    return {service: asOptions(service), role: asOptions(role), phase: asOptions(phase)};
  }, [tasks, locale]);
  const matching = useMemo(() => filterTasks(tasks, query, searchTexts), [tasks, query, searchTexts]);
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const shown = useMemo(() => matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), [matching, page]);
  const columns = taskColumnLabels();
  // Translations are fixed for the page: made once.
  const requirementOptions = useMemo(() => {
    const labels = requirementLabels();
    return REQUIREMENTS.map((value) => ({value, label: labels[value]}));
  }, []);
  const filtered = formatTaskQuery({...query, page: 1}) !== '';

  return (
    <>
      <form role="search" data-pagefind-ignore="all" className={styles.filters} onSubmit={(event) => event.preventDefault()}>
        <div className={styles.field}>
          <label htmlFor="task-filter-q">{translate({id: 'tasks.catalog.filter.text', message: 'ID or text', description: 'Label of the catalog free-text filter'})}</label>
          <input
            id="task-filter-q"
            className={taskStyles.input}
            name="q"
            type="search"
            value={query.q}
            placeholder={translate({id: 'tasks.catalog.filter.placeholder', message: 'e.g. 3988 or Intune', description: 'Placeholder of the catalog free-text filter'})}
            onChange={(event) => update({q: event.target.value}, {typing: true})}
          />
        </div>
        <SelectFilter name="service" label={columns.services} value={query.service} options={options.service} update={update} />
        <SelectFilter name="role" label={columns.role} value={query.role} options={options.role} update={update} />
        <SelectFilter name="requirement" label={columns.requirement} value={query.requirement} options={requirementOptions} update={update} />
        <SelectFilter
          name="phase"
          label={translate({id: 'tasks.column.phase', message: 'Phase', description: 'Task catalog header: lifecycle phase'})}
          value={query.phase}
          options={options.phase}
          update={update}
        />
        <button type="button" className={clsx('button button--secondary', styles.clear)} disabled={!filtered} onClick={() => update({q: '', service: '', role: '', requirement: '', phase: ''})}>
          {translate({id: 'tasks.catalog.clear', message: 'Clear filters', description: 'Button that resets the catalog filters'})}
        </button>
      </form>

      <div className={styles.results} data-pagefind-ignore="all">
        <p role="status" className={styles.count}>
          {filtered
            ? translate({id: 'tasks.catalog.countFiltered', message: '{shown} of {total} tasks', description: 'Catalog result count with filters'}, {shown: matching.length, total: tasks.length})
            : translate({id: 'tasks.catalog.count', message: '{total} tasks', description: 'Catalog result count without filters'}, {total: tasks.length})}
        </p>
        <CsvDownload tasks={matching} locale={locale} />
      </div>

      <ResultTable tasks={shown} />
      <Pagination page={page} pages={pages} onPage={(next) => update({page: next})} />
    </>
  );
}

export default function TaskCatalog({catalog}: Props): ReactNode {
  const jsonUrl = useBaseUrl('/tasks.json');
  const title = translate({id: 'tasks.catalog.title', message: 'FTOP tasks', description: 'Title of the task catalog page'});
  return (
    <Layout
      title={title}
      description={translate({id: 'tasks.catalog.description', message: 'Every FTOP task in the playbook, by ID, service, role, requirement and phase.', description: 'Meta description of the task catalog'})}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          {translate({
            id: 'tasks.catalog.intro',
            message: 'Every FTOP task in the playbook. Filter by ID or text, service, role, requirement or phase; the address bar keeps your filters, so you can share the view.',
            description: 'Introduction of the task catalog',
          })}{' '}
          <a href={jsonUrl} className={styles.inlineLink}>{translate({id: 'tasks.catalog.json', message: 'All tasks as JSON', description: 'Link to tasks.json'})}</a>
        </p>
        {/* The page's layout stays out of the filter's re-renders. */}
        <Catalog tasks={catalog.tasks} />
      </main>
    </Layout>
  );
}
