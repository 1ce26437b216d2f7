import type {Link, PhrasingContent, Root, RootContent, TableRow} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import {SKIP, visit} from 'unist-util-visit';
import {localeOfFile} from '../../content/contentTree';
import {DEFAULT_LOCALE, LOCALE_CONFIGS, type LocaleConfig} from '../../playbook/locales';
import {extractPageTasks, type TaskTableRow} from '../../tasks/extract';
import {isSafeUrl} from '../../trust/url';
import {report} from '../../diagnostics';
import {jsxFlow, jsxText} from '../jsxNodes';

export interface TaskTablesOptions {
  defaultLocale?: string;
  locales?: readonly LocaleConfig[];
}

/** A row the grammar could not read: its cells exactly as written. */
function rowAsWritten(row: TaskTableRow): MdxJsxTextElement {
  const cells = row.node.children.map((cell) => jsxText('TaskCell', {}, cell.children, cell.position));
  return jsxText('TaskRow', {id: row.anchored && row.id ? row.id : undefined, issue: row.problems.map((p) => p.problem.rule).join(' ')}, cells, row.node.position);
}

/** A task row: its facts as props (services as a list), its name as rich text. */
function taskRow(row: TaskTableRow): MdxJsxTextElement {
  const task = row.task!;
  return jsxText('TaskRow', {
    id: task.id,
    duplicate: row.anchored ? undefined : true,
    href: task.idHref ?? undefined,
    requirement: task.requirement,
    role: task.role,
    services: task.services.length > 0 ? task.services : undefined,
  }, task.name, row.node.position);
}

/** Links in task rows are data for the catalog too: only safe URLs survive, the rest become text. */
function unwrapUnsafeLinks(row: TableRow, onUnsafe: (link: Link) => void): void {
  visit(row, 'link', (link: Link, index, parent) => {
    if (isSafeUrl(link.url) || !parent || index === undefined) return undefined;
    onUnsafe(link);
    parent.children.splice(index, 1, ...(link.children as PhrasingContent[]));
    return [SKIP, index];
  });
}

/**
 * Turns FTOP task tables into `<TaskTable>` / `<TaskRow>` JSX that the theme renders (anchors,
 * badges, sorting, filtering). Rows the grammar cannot read are kept as written and reported;
 * so are tables that look like task tables but are not shaped like one.
 */
const remarkTaskTables: Plugin<[TaskTablesOptions?], Root> = function (options = {}) {
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;
  const locales = options.locales ?? LOCALE_CONFIGS;

  return (tree, file) => {
    const locale = localeOfFile(file.path ?? '', defaultLocale);
    const page = extractPageTasks(tree, locales);
    for (const {node, problem} of page.unread) report(file, problem.rule, problem.message, node);
    for (const table of page.tables) {
      for (const row of table.rows) {
        for (const {problem, node} of row.problems) report(file, problem.rule, problem.message, node);
        unwrapUnsafeLinks(row.node, (link) =>
          report(file, 'task-unsafe-link', `Link to "${link.url}" in a task row uses an unsafe scheme; it is shown as plain text. Use an http(s) or relative link.`, link),
        );
      }
      const rows = table.rows.map((row) => (row.task ? taskRow(row) : rowAsWritten(row)));
      // Text elements directly in a flow element: mdast's types don't model it, MDX compiles it as JSX children.
      const element = jsxFlow('TaskTable', {locale, columns: String(table.header.columns.length)}, rows as unknown as MdxJsxFlowElement['children'], table.node.position);
      const index = table.parent.children.indexOf(table.node as never);
      (table.parent.children as RootContent[]).splice(index, 1, element);
    }
  };
};

export default remarkTaskTables;
