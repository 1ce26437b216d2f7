import fs from 'node:fs';
import path from 'node:path';
import type {ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {afterEach, describe, expect, test} from 'vitest';
// The real provider Docusaurus uses while rendering pages, to see which anchors the rows register.
import {BrokenLinksProvider, createStatefulBrokenLinks} from '@docusaurus/core/lib/client/BrokenLinksContext.js';
import {TaskCell, TaskRow, TaskTable} from '..';
import {FILTER_THRESHOLD, filterRows, nextSort, rowModels, sortRows} from '../model';
import {loadCodeTranslations} from '../../../../tests/support/codeTranslations';

afterEach(() => loadCodeTranslations('en'));

function render(node: ReactNode): {html: string; anchors: string[]} {
  const brokenLinks = createStatefulBrokenLinks();
  const html = renderToStaticMarkup(<BrokenLinksProvider brokenLinks={brokenLinks}>{node}</BrokenLinksProvider>)
    // Leave the stable class names (task-row, task-badge…) that print styles and tests rely on.
    .replace(/\s?\b_[a-zA-Z]+_[0-9a-f]{6}\b/g, '')
    .replace(/class=" /g, 'class="')
    .replace(/ class=""/g, '');
  return {html, anchors: brokenLinks.getCollectedAnchors()};
}

/** The column labels: English defaults of `labels.ts` (other locales: their code.json). */
const EN_HEADERS = ['Task ID', 'Task Name', 'Required / Optional', 'FastTrack Role', 'Services'];

const headers = (html: string) => [...html.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/[▲▼↕]/g, ''));
const rowTags = (html: string) => [...html.matchAll(/<tr [^>]*>/g)].map((m) => m[0]);

/** The seed's first table, as the remark plugin writes it (German page). */
function seedTable(locale = 'de'): ReactNode {
  return (
    <TaskTable locale={locale} columns="5">
      <TaskRow id="3988" requirement="required" role="SME" services={['AIP']}>AIP - Prüfen der Voraussetzungen</TaskRow>
      <TaskRow id="2122" requirement="optional" role="FastTrack Engineer" services={['Exchange']}>Exchange - Cloudzugriff</TaskRow>
      <TaskRow id="3184" requirement="optional" role="FastTrack Engineer" services={['Haupt-Onboarding']}>AAD Connect Health</TaskRow>
      <TaskRow id="2193" requirement="optional" role="FastTrack Engineer" services={['Skype for Business']}>SfB - Korrektur</TaskRow>
      <TaskRow id="2271" requirement="required" role="FastTrack Engineer" services={['Intune']}>Intune - Korrekturschritte</TaskRow>
      <TaskRow id="3680" requirement="optional" role="FastTrack Engineer" services={['Intune']}>Intune - Wechsel</TaskRow>
      <TaskRow id="3681" requirement="optional" role="FastTrack Engineer" services={['Intune']}>Intune - Co-Verwaltung</TaskRow>
      <TaskRow id="3224" requirement="optional" role="FastTrack Engineer" services={['Classroom', 'SDS']}>EDU: Classroom &amp; SDS</TaskRow>
      <TaskRow id="4080" href="https://docs.microsoft.com/proxy" requirement="required" role="SME" services={['MDATP']}>MDATP - <a href="https://example.com/x">Proxy</a></TaskRow>
    </TaskTable>
  );
}

describe('TaskTable', () => {
  test('English: grammar header labels, anchors, badges, chips, copy buttons, sort state', () => {
    const {html, anchors} = render(seedTable('en'));
    expect(headers(html)).toEqual(EN_HEADERS);
    expect(anchors).toEqual(['task-3988', 'task-2122', 'task-3184', 'task-2193', 'task-2271', 'task-3680', 'task-3681', 'task-3224', 'task-4080']);
    expect(rowTags(html)[0]).toBe('<tr id="task-3988" data-task-id="3988" class="task-row">');
    expect(html).toContain('<span class="task-badge task-badge--required">Required</span>');
    expect(html).toContain('<span class="task-badge task-badge--optional">Optional</span>');
    expect(html).toContain('<ul class="task-services"><li class="task-service">Classroom</li><li class="task-service">SDS</li></ul>');
    expect(html).toContain('aria-label="Copy link to task 3988"');
    expect(html.match(/<button type="button" class="task-row__copy"/g)).toHaveLength(9);
    expect(html.match(/aria-sort="none"/g)).toHaveLength(2);
    // The ID cell's own link and links in names are kept.
    expect(html).toContain('<a href="https://docs.microsoft.com/proxy">4080</a>');
    expect(html).toContain('MDATP - <a href="https://example.com/x">Proxy</a>');
  });

  test('German: headers, badge and button labels come from i18n/de/code.json', () => {
    loadCodeTranslations('de');
    const {html} = render(seedTable('de'));
    expect(headers(html)).toEqual(['Aufgaben-ID', 'Name der Aufgabe', 'Erforderlich / Optional', 'FastTrack-Rolle', 'Dienste']);
    expect(html).toContain('>Erforderlich</span>');
    expect(html).toContain('aria-label="Link zu Aufgabe 3988 kopieren"');
    expect(html).toContain('Aufgaben filtern</label>');
    expect(html).toContain('9 von 9 Aufgaben');
  });

  test(`a filter box only above more than ${FILTER_THRESHOLD} rows`, () => {
    expect(render(seedTable('en')).html).toMatch(/<input id="[^"]+" type="search"/);
    const small = render(
      <TaskTable locale="en" columns="4">
        <TaskRow id="1" requirement="required" role="SME">One</TaskRow>
      </TaskTable>,
    );
    expect(small.html).not.toContain('type="search"');
    expect(headers(small.html)).toEqual(EN_HEADERS.slice(0, 4));
  });

  test('rows kept as written: cells in order and padded, anchored when the ID is a number', () => {
    const {html, anchors} = render(
      <TaskTable locale="en" columns="5">
        <TaskRow id="3184" issue="task-row-cells">
          <TaskCell>3184</TaskCell><TaskCell>AAD</TaskCell><TaskCell>O FastTrack Engineer</TaskCell><TaskCell>Core Onboarding</TaskCell>
        </TaskRow>
        <TaskRow issue="task-id">
          <TaskCell>TBD</TaskCell><TaskCell>x</TaskCell><TaskCell>O</TaskCell><TaskCell>SME</TaskCell><TaskCell>AIP</TaskCell>
        </TaskRow>
        <TaskRow id="5" duplicate requirement="optional" role="SME" services={['AIP']}>Again</TaskRow>
      </TaskTable>,
    );
    expect(anchors).toEqual(['task-3184']);
    expect(rowTags(html)).toEqual([
      '<tr id="task-3184" data-task-id="3184" data-task-issue="task-row-cells" class="task-row task-row--as-written">',
      '<tr data-task-issue="task-id" class="task-row task-row--as-written">',
      '<tr data-task-id="5" class="task-row">',
    ]);
    expect(html).toContain('<td>AAD</td><td>O FastTrack Engineer</td><td>Core Onboarding</td><td></td></tr>');
    expect(html).toContain('<td>TBD</td><td>x</td>');
    // Only anchored rows get a copy-link button.
    expect(html.match(/task-row__copy/g)).toHaveLength(1);
  });

  test('an unsafe ID link is shown as text', () => {
    const {html} = render(
      <TaskTable locale="en" columns="4">
        <TaskRow id="1" href="javascript:alert(1)" requirement="required" role="SME">One</TaskRow>
      </TaskTable>,
    );
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span class="task-row__id">1</span>');
  });
});

describe('task table model', () => {
  const labels = {required: 'Required', optional: 'Optional'};
  const rows = rowModels(
    [
      <TaskRow key="a" id="30" requirement="required" role="SME" services={['Intune']}>beta</TaskRow>,
      <TaskRow key="b" issue="task-id"><TaskCell>TBD</TaskCell><TaskCell>Alpha</TaskCell></TaskRow>,
      <TaskRow key="c" id="4" requirement="optional" role="FastTrack Engineer" services={['Exchange', 'AIP']}>Gamma <b>bold</b></TaskRow>,
    ],
    labels,
  );
  const ids = (list: typeof rows) => list.map((row) => row.props.id ?? 'TBD');

  test('sorting by ID (unreadable IDs last) and by name, both directions', () => {
    expect(ids(sortRows(rows, null, 'en'))).toEqual(['30', 'TBD', '4']);
    expect(ids(sortRows(rows, {key: 'id', direction: 'ascending'}, 'en'))).toEqual(['4', '30', 'TBD']);
    expect(ids(sortRows(rows, {key: 'id', direction: 'descending'}, 'en'))).toEqual(['30', '4', 'TBD']);
    expect(ids(sortRows(rows, {key: 'name', direction: 'ascending'}, 'en'))).toEqual(['TBD', '30', '4']);
    expect(ids(sortRows(rows, {key: 'name', direction: 'descending'}, 'en'))).toEqual(['4', '30', 'TBD']);
  });

  test('sort buttons go ascending, then toggle', () => {
    expect(nextSort(null, 'id')).toEqual({key: 'id', direction: 'ascending'});
    expect(nextSort({key: 'id', direction: 'ascending'}, 'id')).toEqual({key: 'id', direction: 'descending'});
    expect(nextSort({key: 'id', direction: 'descending'}, 'id')).toEqual({key: 'id', direction: 'ascending'});
    expect(nextSort({key: 'id', direction: 'descending'}, 'name')).toEqual({key: 'name', direction: 'ascending'});
  });

  test('the filter matches ID, name (rich text too), role, services and requirement label', () => {
    expect(ids(filterRows(rows, '30'))).toEqual(['30']);
    expect(ids(filterRows(rows, 'gamma BOLD'))).toEqual(['4']);
    expect(ids(filterRows(rows, 'aip'))).toEqual(['4']);
    expect(ids(filterRows(rows, 'engineer optional'))).toEqual(['4']);
    expect(ids(filterRows(rows, 'alpha'))).toEqual(['TBD']);
    expect(ids(filterRows(rows, '  '))).toEqual(['30', 'TBD', '4']);
  });
});

describe('translations', () => {
  test('every task UI string has a German translation', () => {
    const sources = ['src/components/TaskTable', 'src/components/TaskCatalog', 'src/pages']
      .flatMap((dir) => fs.readdirSync(path.resolve(__dirname, '../../../..', dir), {recursive: true, withFileTypes: true})
        .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.includes('.test.'))
        .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), 'utf8')));
    const ids = new Set(sources.flatMap((source) => [...source.matchAll(/id[:=]\s*["']((?:tasks|home)\.[\w.]+)["']/g)].map((m) => m[1]!)));
    const german = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../i18n/de/code.json'), 'utf8')) as Record<string, unknown>;
    expect(ids.size).toBeGreaterThan(30);
    expect([...ids].filter((id) => !(id in german))).toEqual([]);
  });
});
