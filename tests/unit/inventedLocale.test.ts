/**
 * A language no code has seen: Zorbish (`zz`), with invented header words, invented requirement
 * codes, its own fact labels and callout marker, and date conventions the other way round
 * (slash day first, dotted month first). Its entry is data given to the pipeline, as a new
 * entry in `src/playbook/locales.ts` would be; no code of its own. Tasks, history, facts and
 * phase must come out right.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {parsePage} from '../../src/content/parsePage';
import {createParseFrontMatter} from '../../src/frontmatter';
import {localeConfig, type LocaleConfig} from '../../src/playbook/locales';
import {findPageFacts, factText} from '../../src/playbook/pageFacts';
import {playbookPlugins} from '../../src/remark';
import {extractPageTasks} from '../../src/tasks/extract';
import {findUpdateSummaries} from '../../src/updates/summary';
import {processMarkdown} from '../support/markdown';

const SITE = path.join(__dirname, '__fixtures__/invented-locale/site');
const PAGE = path.join(SITE, 'i18n/zz/docusaurus-plugin-content-docs/current/process/zorb.md');
const AT = 'tests/unit/__fixtures__/invented-locale/site/i18n/zz/docusaurus-plugin-content-docs/current/process/zorb.md';

const ZORBISH: LocaleConfig = {
  code: 'zz',
  label: 'Zorbish',
  htmlLang: 'zz',
  direction: 'ltr',
  docfxSuffixes: ['zb'],
  dates: {slash: 'day-first', dotted: 'month-first'},
  words: {callouts: {important: ['ZORBIT']}, facts: {phase: ['Fozz'], primaryRole: ['Blorp Rolo'], appliesTo: ['Snarf']}},
};
const ENTRIES = [localeConfig('en'), ZORBISH];

async function run() {
  const plugins = playbookPlugins({siteDir: SITE, locales: ['en', 'zz'], defaultLocale: 'en', localeConfigs: ENTRIES, today: '2024-06-30'});
  return processMarkdown(fs.readFileSync(PAGE, 'utf8'), PAGE, [...plugins.beforeDefaultRemarkPlugins, ...plugins.remarkPlugins]);
}

describe('an invented locale works by its entry alone', () => {
  test('the pipeline reads its tasks, history, facts, phase and callouts', async () => {
    const {output, diagnostics} = await run();
    // Tasks: recognised by shape; (Q) is required and (Z) optional because the header declares them so.
    expect(output).toContain('<TaskTable locale="zz" columns="5">');
    expect(output).toContain('<TaskRow id="3988" requirement="required" role="Frobmeister" services={["Exchange","Teams"]}>Zorbu la quux</TaskRow>');
    expect(output).toContain('<TaskRow id="4005" requirement="optional" role="Frobmeister" services={["SharePoint"]}>Unzorbu</TaskRow>');
    // History: recognised by its date column; 13/2 is day first and 1.3 month first here.
    expect(output).toMatch(/<RevisionHistory>[\s\S]*<PlaybookDate date="2021-01-03" \/>[\s\S]*<PlaybookDate date="2020-02-13" \/>[\s\S]*<\/RevisionHistory>/);
    // Phase by its place under the H1, method facts by theirs under a heading; labels from the entry.
    expect(output).toMatch(/<PageFacts>\s*<Fact kind="phase" label="Fozz">\s*\*\*Enablo\*\*/);
    expect(output).toMatch(/<MethodFacts>\s*<Fact kind="primaryRole" label="Blorp Rolo">[\s\S]*<Fact kind="appliesTo" label="Snarf">/);
    expect(output).toContain('<Callout kind="important">');
    // The row with an undeclared code is shown as written and reported, in the header's own codes.
    expect(diagnostics).toEqual([
      `${AT}:22:19  warning  Requirement code "M" is not one the header declares. The row is shown as written and listed in the task catalog as malformed. Write Q (required) or Z (optional), as the header "(Q) kworum (Z) zilko" declares.  task-requirement`,
      `${AT}:29:1  warning  Update-summary row dated 1.3.2021 (January 3, 2021) is newer than the page's ms.date 13/2/2020 (February 13, 2020); the page shows the older date as its last update. Set ms.date to 1.3.2021 or later, or correct the row's date.  update-after-ms-date`,
    ]);
  });

  test("ms.date is read in the entry's order: 13/2/2020 is 13 February for Docusaurus's last update, and month first fails in English", async () => {
    const parse = createParseFrontMatter({defaultLocale: 'en', locales: ENTRIES});
    const defaultParse = async () => undefined as never;
    const zorbish = await parse({filePath: PAGE, fileContent: fs.readFileSync(PAGE, 'utf8'), defaultParseFrontMatter: defaultParse});
    expect(zorbish.frontMatter.last_update).toEqual({date: '2020-02-13'});
    const english = path.join(SITE, 'docs/process/zorb.md');
    const written = fs.readFileSync(english, 'utf8').replace('ms.date: 2/13/2020', 'ms.date: 13/2/2020');
    await expect(parse({filePath: english, fileContent: written, defaultParseFrontMatter: defaultParse})).rejects.toThrow(
      /zorb\.md:3:1 {2}error {2}Front matter "ms\.date" is "13\/2\/2020"; .*this page's language writes slash dates month first/,
    );
  });

  test('the catalog and history readers agree with the pipeline', () => {
    const tree = parsePage(fs.readFileSync(PAGE, 'utf8'));
    const tasks = extractPageTasks(tree, ENTRIES).tables.flatMap((t) => t.rows).flatMap((r) => (r.task ? [[r.task.id, r.task.requirement]] : []));
    expect(tasks).toEqual([['3988', 'required'], ['4005', 'optional']]);
    const facts = findPageFacts(tree, ENTRIES);
    expect(facts.phase && [facts.phase.kind, facts.phase.label, factText(facts.phase)]).toEqual(['phase', 'Fozz', 'Enablo']);
    expect(facts.methods.flatMap((m) => m.facts.map((f) => f.kind))).toEqual(['primaryRole', 'appliesTo']);
    const {tables} = findUpdateSummaries(tree, ZORBISH.dates);
    expect(tables.flatMap((t) => t.rows.map((r) => r.date?.iso))).toEqual(['2020-02-13', '2021-01-03']);
  });

  test('the same page under the default conventions reads its dates differently: the entry\'s field is what decides', () => {
    const tree = parsePage(fs.readFileSync(PAGE, 'utf8'));
    const {tables} = findUpdateSummaries(tree, localeConfig('en').dates);
    // 13/2/2020 is no month-first date; 1.3.2021 day first is 1 March.
    expect(tables.flatMap((t) => t.rows.map((r) => r.date?.iso ?? null))).toEqual([null, '2021-03-01']);
  });
});
