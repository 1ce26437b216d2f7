import type {PluggableList} from 'unified';
import {describe, expect, test} from 'vitest';
import remarkTaskTables from '..';
import {fixturePages, fixtureSite, processFixture, testFixturePages} from '../../../../tests/support/fixtures';
import {processMarkdown} from '../../../../tests/support/markdown';

const site = fixtureSite(__dirname);
const plugins: PluggableList = [[remarkTaskTables, {defaultLocale: 'en'}]];
const at = (rel: string) => `src/remark/task-tables/__tests__/__fixtures__/site/${rel}`;
const badRows = at('docs/tasks/bad-rows.md');
const page = (locale: string, source: string) => fixturePages(site).find((p) => p.locale === locale && p.source === source)!;

/** Exact findings per fixture page; pages not listed must have none. */
const expected: Record<string, string[]> = {
  'en/tasks/bad-rows.md': [
    `${badRows}:10:31  warning  Requirement code and role are written in one cell ("O FastTrack Engineer"); the row is read as requirement "O" and role "FastTrack Engineer". Split the cell: "| O | FastTrack Engineer |".  task-merged-cells`,
    `${badRows}:11:1  warning  Task ID "TBD" is not a number. The row is shown as written and listed in the task catalog as malformed. Write the FTOP task number, e.g. 3988.  task-id`,
    `${badRows}:12:23  warning  Requirement code "X" is not one the header declares. The row is shown as written and listed in the task catalog as malformed. Write R (required) or O (optional), as the header "(R)equired / (O)ptional" declares.  task-requirement`,
    `${badRows}:13:1  warning  Task ID 3001 appears more than once on this page; the row is shown, but only the first one gets the #task-3001 link and a catalog entry. Remove the repeated row or correct its ID.  task-duplicate-id`,
    `${badRows}:14:17  warning  Link to "javascript:alert(1)" in a task row uses an unsafe scheme; it is shown as plain text. Use an http(s) or relative link.  task-unsafe-link`,
    `${badRows}:15:1  warning  Task row has 11 cells, expected 5 (id | name | requirement | role | services). The row is shown as written and listed in the task catalog as malformed. Remove the extra "|" separators (write "\\|" for a literal bar).  task-row-cells`,
    `${badRows}:16:26  warning  Requirement code "o" is not written as declared ("O"). The row is shown as written and listed in the task catalog as malformed. Write R (required) or O (optional), as the header "(R)equired / (O)ptional" declares.  task-requirement`,
    `${badRows}:17:1  warning  Task row has 4 cells, expected 5 (id | name | requirement | role | services). The row is shown as written and listed in the task catalog as malformed. Add the missing "|" separators.  task-row-cells`,
    `${badRows}:18:1  warning  Task row has 6 cells, expected 5 (id | name | requirement | role | services). The row is shown as written and listed in the task catalog as malformed. Remove the extra "|" separators (write "\\|" for a literal bar).  task-row-cells`,
    `${badRows}:18:1  warning  Task ID "" is not a number. The row is shown as written and listed in the task catalog as malformed. Write the FTOP task number, e.g. 3988.  task-id`,
  ],
};

describe('remark task tables', () => {
  testFixturePages({testDir: __dirname, plugins, expected});

  test('an English five-column table becomes TaskTable/TaskRow JSX; other tables stay', async () => {
    const {output} = await processFixture(page('en', 'tasks/en-tasks.md'), plugins);
    expect(output).toContain('<TaskTable locale="en" columns="5">');
    // ID-cell link kept as an attribute, name link kept as rich children.
    expect(output).toContain('<TaskRow id="1001" href="https://example.com/tasks/1001" requirement="required" role="SME" services={["Intune"]}>');
    expect(output).toContain('[prerequisites](https://example.com/prereq)');
    // Services are passed as a list, not a joined string the component splits again.
    expect(output).toContain('services={["Exchange","OneDrive for Business","SharePoint"]}');
    expect(output).toContain('| Date     | Who Changed | What Changed');
  });

  test('a German four-column table gets the page locale and no services', async () => {
    const {output} = await processFixture(page('de', 'tasks/four-columns.md'), plugins);
    expect(output).toContain('<TaskTable locale="de" columns="4">');
    expect(output).toContain('<TaskRow id="2002" requirement="optional" role="SME">');
    expect(output).not.toContain('services=');
  });

  test('bad rows are kept as written and each reported with file:line:col', async () => {
    const {output, diagnostics} = await processFixture(page('en', 'tasks/bad-rows.md'), plugins);
    // Every body row is still there: 10 rows as TaskRow elements, nothing dropped.
    expect(output.match(/<TaskRow\b/g)).toHaveLength(10);
    // A merged requirement-and-role cell is read by the declared code, and still reported.
    expect(output).toContain('<TaskRow id="3002" requirement="optional" role="FastTrack Engineer" services={["Core Onboarding"]}>');
    expect(output).toContain('<TaskRow id="3009" issue="task-row-cells task-id">');
    expect(output).toContain('<TaskRow issue="task-id">');
    expect(output).toContain('<TaskRow id="3003" issue="task-requirement">');
    expect(output).toContain('<TaskRow id="3001" duplicate requirement="optional"');
    expect(output).not.toContain('javascript:');
    expect(diagnostics.map((d) => d.replace(/  .*  /, '  …  '))).toEqual([
      `${badRows}:10:31  …  task-merged-cells`,
      `${badRows}:11:1  …  task-id`,
      `${badRows}:12:23  …  task-requirement`,
      `${badRows}:13:1  …  task-duplicate-id`,
      `${badRows}:14:17  …  task-unsafe-link`,
      `${badRows}:15:1  …  task-row-cells`,
      `${badRows}:16:26  …  task-requirement`,
      `${badRows}:17:1  …  task-row-cells`,
      `${badRows}:18:1  …  task-row-cells`,
      `${badRows}:18:1  …  task-id`,
    ]);
    expect(diagnostics[2]).toContain('Requirement code "X" is not one the header declares.');
    // A lower-case code is not silently taken for the declared upper-case one.
    expect(output).toContain('<TaskRow id="3007" issue="task-requirement">');
    expect(diagnostics[6]).toContain('Requirement code "o" is not written as declared ("O")');
    expect(diagnostics[6]).toContain('Write R (required) or O (optional), as the header "(R)equired / (O)ptional" declares.');
    expect(diagnostics[0]).toContain('warning  Requirement code and role are written in one cell ("O FastTrack Engineer")');
    expect(diagnostics[7]).toContain('warning  Task row has 4 cells, expected 5 (id | name | requirement | role | services).');
    expect(diagnostics[3]).toContain('Task ID 3001 appears more than once on this page');
  });

  test('a page without task tables is untouched', async () => {
    const md = '# Title\n\n| A | B |\n| - | - |\n| 1 | 2 |\n';
    const {output, diagnostics} = await processMarkdown(md, `${site}/docs/tasks/plain.md`, plugins);
    expect(output).not.toContain('TaskTable');
    expect(diagnostics).toEqual([]);
  });
});
