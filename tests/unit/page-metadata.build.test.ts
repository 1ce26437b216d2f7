import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {launchBrowser, watchErrors} from '../support/browser';
import {serveBuild} from '../support/server';
import {buildSite, copySite, removeSite} from '../support/siteCopy';

/**
 * Real Docusaurus builds of the site (plus one edge-case page) in a temporary copy,
 * built under TZ=Pacific/Auckland and read in a browser set to Los Angeles: dates,
 * titles, sidebar and breadcrumbs must come out the same as anywhere else.
 */
const EDGE_PAGE = [
  '---',
  'title: Edge cases',
  'ms.date: 12/31/2019',
  'ms.topic: playbook',
  'robots: noindex',
  '---',
  '',
  '# Metadata edge cases',
  '',
  '## Update Summary',
  '',
  '| Date | Who Changed | What Changed |',
  '| --- | --- | --- |',
  '| 10/018/2019 | Ada Author | Unreadable date |',
  '| 1/1/2020 | Bo Builder | Readable date |',
  '',
].join('\n');

const SEEDS = {
  remediate: {
    path: '/docs/lifecycle/remediate/remediate-address-technical-gaps',
    en: {h1: 'Address Technical Gaps', ogTitle: 'FastTrack Partner Playbook - Address Technical Gaps', updated: ['2019-05-02', 'May 2, 2019']},
    de: {h1: 'Adressieren von technischen Lücken', ogTitle: 'FastTrack Partner Playbook - Address Technical Gaps', updated: ['2019-05-02', '2. Mai 2019']},
    history: ['2019-12-18', '2019-03-06', '2019-02-26', '2018-12-11', '2018-12-04', '2018-09-25', '2018-05-02'],
    firstRevision: {en: 'December 18, 2019', de: '18. Dezember 2019'},
  },
  blocker: {
    path: '/docs/blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation',
    en: {h1: 'Customer IT Infrastructure, Remediation', ogTitle: 'Blocked - Customer IT Infrastructure, Remediation', updated: ['2020-01-29', 'January 29, 2020']},
    de: {h1: 'IT-Infrastruktur des Kunden, Korrektur', ogTitle: 'Blocked - Customer IT Infrastructure, Remediation', updated: ['2020-01-29', '29. Januar 2020']},
    history: ['2020-03-26', '2019-09-27'],
    firstRevision: {en: 'March 26, 2020', de: '26. März 2020'},
  },
} as const;

async function times(page: Page, selector: string): Promise<[string | null, string][]> {
  return page.locator(`${selector} time`).evaluateAll((els) => els.map((el) => [el.getAttribute('datetime'), el.textContent ?? '']));
}

describe('page metadata in a real build (TZ=Pacific/Auckland)', () => {
  let site: string;
  let build: {status: number | null; output: string};
  let server: Awaited<ReturnType<typeof serveBuild>>;
  let browser: Browser;

  beforeAll(async () => {
    site = copySite({'docs/fixtures/metadata-edge.md': EDGE_PAGE});
    build = await buildSite(site, {TZ: 'Pacific/Auckland'});
    if (build.status !== 0) throw new Error(`Build failed:\n${build.output}`);
    server = await serveBuild(path.join(site, 'build'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site) removeSite(site);
  });

  for (const locale of ['en', 'de'] as const) {
    for (const [name, seed] of Object.entries(SEEDS)) {
      test(`${locale} ${name}: <title>, og:title, sidebar, breadcrumbs and dates`, async () => {
        const context = await browser.newContext({timezoneId: 'America/Los_Angeles'});
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(`${server.url}${locale === 'de' ? '/de' : ''}${seed.path}`, {waitUntil: 'networkidle'});
        const expected = seed[locale];

        expect(await page.title()).toBe(`${expected.h1} | FastTrack Partner Playbook`);
        expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(expected.ogTitle);
        expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(expected.ogTitle);
        expect((await page.locator('article h1').textContent())?.trim()).toBe(expected.h1);
        expect((await page.locator('.theme-doc-sidebar-menu a[aria-current="page"]').textContent())?.trim()).toBe(expected.h1);
        expect((await page.locator('.breadcrumbs__item--active').textContent())?.trim()).toBe(expected.h1);

        expect(await times(page, '.playbook-page-facts')).toEqual([expected.updated]);
        expect(await times(page, '.theme-last-updated')).toEqual([expected.updated]);
        const history = await times(page, '.playbook-revision-history');
        expect(history.map(([iso]) => iso)).toEqual(seed.history);
        expect(history[0]![1]).toBe(seed.firstRevision[locale]);

        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  test('de remediate: the phase, audience and method chips are in German, values as written', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/de${SEEDS.remediate.path}`, {waitUntil: 'networkidle'});
    const facts = await page.locator('.playbook-page-facts > div').evaluateAll((els) =>
      els.map((el) => `${el.querySelector('dt')?.textContent}: ${el.querySelector('dd')?.textContent}`));
    expect(facts).toEqual(['Phase: Korrektur', 'Zielgruppe: Partner', 'Zuletzt aktualisiert: 2. Mai 2019']);
    const firstChips = await page.locator('.playbook-method-facts').first().locator('> div').evaluateAll((els) =>
      els.map((el) => `${el.querySelector('dt')?.textContent}: ${el.querySelector('dd')?.textContent}`));
    expect(firstChips).toEqual(['Primäre Rolle: FastTrack-Entwickler', 'Gilt für: Alle Dienste']);
    expect(await page.locator('.playbook-method-facts dt', {hasText: 'Primäre Rollen'}).count()).toBe(1);
    await page.close();
  });

  test('the sitemap carries ms.date as lastmod', async () => {
    const response = await fetch(`${server.url}/sitemap.xml`);
    const xml = await response.text();
    expect(xml).toMatch(/remediate-address-technical-gaps<\/loc><lastmod>2019-05-02<\/lastmod>/);
  });

  test('warnings name file:line: unknown front-matter key and unreadable update-summary date', () => {
    expect(build.output).toContain('[playbook] docs/fixtures/metadata-edge.md:5:1  warning  Unknown front-matter key "robots"; nothing uses it. Remove it or correct its name.  front-matter-unknown-key');
    expect(build.output).toMatch(/\[playbook\] docs\/fixtures\/metadata-edge\.md:14:1 {2}warning {2}Update-summary date "10\/018\/2019" cannot be read.* {2}history-date/);
  });

  test('the edge page keeps the unreadable date as written, after the readable one', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/docs/fixtures/metadata-edge`, {waitUntil: 'networkidle'});
    const cells = await page.locator('.playbook-revision-history tbody tr td:first-child').allTextContents();
    expect(cells).toEqual(['January 1, 2020', '10/018/2019']);
    expect(await times(page, '.playbook-page-facts')).toEqual([['2019-12-31', 'December 31, 2019']]);
    await page.close();
  });
});

describe('a page with wrong front matter fails the build', () => {
  test('with file:line, the key and the expected form', async () => {
    const bad = '---\ntitle: Bad\nsidebar_position: first\n---\n\n# Bad\n';
    const site = copySite({'docs/fixtures/bad-front-matter.md': bad});
    try {
      const {status, output} = await buildSite(site);
      expect(status).not.toBe(0);
      expect(output).toContain(
        'docs/fixtures/bad-front-matter.md:3:1  error  Front matter "sidebar_position" is "first"; expected a number, e.g. sidebar_position: 3.  front-matter-value',
      );
    } finally {
      removeSite(site);
    }
  });
});
