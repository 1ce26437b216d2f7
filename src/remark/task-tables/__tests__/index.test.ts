import path from 'node:path';
import type {PluggableList} from 'unified';
import {describe, expect, test} from 'vitest';
import remarkTaskTables from '..';
import {processMarkdown, readFixture} from '../../../../tests/support/markdown';

const site = path.resolve(__dirname, '../../../..');
const fixtures = path.join(__dirname, '__fixtures__');
const plugins: PluggableList = [[remarkTaskTables, {defaultLocale: 'en'}]];
const enFile = path.join(site, 'docs/x/page.md');
const deFile = path.join(site, 'i18n/de/docusaurus-plugin-content-docs/current/x/page.md');

describe('remark task tables', () => {
  test('an English five-column table becomes TaskTable/TaskRow JSX; other tables stay', async () => {
    const {output, diagnostics} = await processMarkdown(readFixture(fixtures, 'en-tasks.md'), enFile, plugins);
    await expect(output).toMatchFileSnapshot('__snapshots__/en-tasks.mdx');
    expect(output).toContain('<TaskTable locale="en" columns="5">');
    // ID-cell link kept as an attribute, name link kept as rich children.
    expect(output).toContain('<TaskRow id="1001" href="https://example.com/tasks/1001" requirement="required" role="SME" services={["Intune"]}>');
    expect(output).toContain('[prerequisites](https://example.com/prereq)');
    // Services are passed as a list, not a joined string the component splits again.
    expect(output).toContain('services={["Exchange","OneDrive for Business","SharePoint"]}');
    expect(output).toContain('| Date     | Who Changed | What Changed');
    expect(diagnostics).toEqual([]);
  });

  test('a German four-column table gets the page locale and no services', async () => {
    const {output, diagnostics} = await processMarkdown(readFixture(fixtures, 'de-four-columns.md'), deFile, plugins);
    await expect(output).toMatchFileSnapshot('__snapshots__/de-four-columns.mdx');
    expect(output).toContain('<TaskTable locale="de" columns="4">');
    expect(output).toContain('<TaskRow id="2002" requirement="optional" role="SME">');
    expect(output).not.toContain('services=');
    expect(diagnostics).toEqual([]);
  });

  test('bad rows are kept as written and each reported with file:line:col', async () => {
    const {output, diagnostics} = await processMarkdown(readFixture(fixtures, 'bad-rows.md'), enFile, plugins);
    await expect(output).toMatchFileSnapshot('__snapshots__/bad-rows.mdx');
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
      'docs/x/page.md:10:31  …  task-merged-cells',
      'docs/x/page.md:11:1  …  task-id',
      'docs/x/page.md:12:23  …  task-requirement',
      'docs/x/page.md:13:1  …  task-duplicate-id',
      'docs/x/page.md:14:17  …  task-unsafe-link',
      'docs/x/page.md:15:1  …  task-row-cells',
      'docs/x/page.md:16:26  …  task-requirement',
      'docs/x/page.md:17:1  …  task-row-cells',
      'docs/x/page.md:18:1  …  task-row-cells',
      'docs/x/page.md:18:1  …  task-id',
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
    const {output, diagnostics} = await processMarkdown(md, enFile, plugins);
    expect(output).not.toContain('TaskTable');
    expect(diagnostics).toEqual([]);
  });
});
