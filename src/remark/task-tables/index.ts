import type {Link, PhrasingContent, Root, RootContent, TableRow} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import {SKIP, visit} from 'unist-util-visit';
import {localeOfFile} from '../../content/contentTree';
import {DEFAULT_LOCALE} from '../../playbook';
import {extractPageTasks, type TaskTableRow} from '../../tasks/extract';
import {isSafeUrl} from '../../trust/url';
import {report} from '../../diagnostics';

export interface TaskTablesOptions {
  defaultLocale?: string;
}

function attribute(name: string, value: string | null = null): MdxJsxAttribute {
  return {type: 'mdxJsxAttribute', name, value};
}

// Rows and cells are text elements, so their rich content prints inline: `<TaskRow …>Name [link](…)</TaskRow>`.
function inline(name: string, attributes: MdxJsxAttribute[], children: PhrasingContent[]): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name, attributes, children};
}

/** A row the grammar could not read: its cells exactly as written. */
function rowAsWritten(row: TaskTableRow): MdxJsxTextElement {
  const attributes = [
    ...(row.anchored && row.id ? [attribute('id', row.id)] : []),
    attribute('issue', row.problems.map((p) => p.problem.rule).join(' ')),
  ];
  const cells = row.node.children.map((cell) => inline('TaskCell', [], cell.children));
  return inline('TaskRow', attributes, cells);
}

function taskRow(row: TaskTableRow): MdxJsxTextElement {
  const task = row.task!;
  const attributes = [
    attribute('id', task.id),
    ...(row.anchored ? [] : [attribute('duplicate')]),
    ...(task.idHref ? [attribute('href', task.idHref)] : []),
    attribute('requirement', task.requirement),
    attribute('role', task.role),
    ...(task.services.length > 0 ? [attribute('services', task.services.join(' / '))] : []),
  ];
  return inline('TaskRow', attributes, task.name);
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
 * badges, sorting, filtering). Rows the grammar cannot read are kept as written and reported.
 */
const remarkTaskTables: Plugin<[TaskTablesOptions?], Root> = function (options = {}) {
  const defaultLocale = options.defaultLocale ?? DEFAULT_LOCALE;

  return (tree, file) => {
    const locale = localeOfFile(file.path ?? '', defaultLocale);
    const page = extractPageTasks(tree);
    for (const table of page.tables) {
      for (const row of table.rows) {
        for (const {problem, node} of row.problems) report(file, problem.rule, problem.message, node);
        unwrapUnsafeLinks(row.node, (link) =>
          report(file, 'task-unsafe-link', `Link to "${link.url}" in a task row uses an unsafe scheme; it is shown as plain text. Use an http(s) or relative link.`, link),
        );
      }
      const rows = table.rows.map((row) => (row.task ? taskRow(row) : rowAsWritten(row)));
      const tableElement: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'TaskTable',
        attributes: [attribute('locale', locale), attribute('columns', String(table.columns.length))],
        // Text elements directly in a flow element: mdast's types don't model it, MDX compiles it as JSX children.
        children: rows as unknown as MdxJsxFlowElement['children'],
        position: table.node.position,
      };
      const index = table.parent.children.indexOf(table.node as never);
      (table.parent.children as RootContent[]).splice(index, 1, tableElement);
    }
  };
};

export default remarkTaskTables;
