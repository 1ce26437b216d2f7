/**
 * The corpus build seen by a reader of a translated locale: the site's own UI in that language
 * (strings read from the locale's i18n files, so a missing translation shows as English here),
 * and every page the locale lacks shown through the fallback with its notice and true `lang`.
 * Also search under /ja/: a task ID and a Japanese word of a task name find the task.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import {pageUrlPath} from '../../src/content/contentTree';
import {readContentLayout} from '../../src/content/layout';
import {DEFAULT_LOCALE, localeConfig} from '../../src/playbook/locales';
import {launchBrowser} from '../support/browser';
import {serveBuild} from '../support/server';
import {placeholderFiles} from './pageDates';

type Messages = Record<string, {message: string}>;

function messages(siteDir: string, locale: string, file: string): Messages {
  return JSON.parse(fs.readFileSync(path.join(siteDir, 'i18n', locale, file), 'utf8')) as Messages;
}

/** The built HTML of a site path, at either of the file forms Docusaurus writes. */
function builtHtml(siteDir: string, url: string): cheerio.CheerioAPI {
  const base = path.join(siteDir, 'build', url);
  const file = [`${base}.html`, path.join(base, 'index.html')].find((f) => fs.existsSync(f));
  assert.ok(file, `${url} was not built`);
  return cheerio.load(fs.readFileSync(file, 'utf8'));
}

const text = ($: cheerio.CheerioAPI, selector: string) => $(selector).first().text().replace(/\u200B/g, '').replace(/\s+/g, ' ').trim();

/** What is not in the locale's language on its home, catalog and search pages (empty when all is). */
export function localeUiProblems(siteDir: string, locale: string): string[] {
  const code = messages(siteDir, locale, 'code.json');
  const navbar = messages(siteDir, locale, 'docusaurus-theme-classic/navbar.json');
  const footer = messages(siteDir, locale, 'docusaurus-theme-classic/footer.json');
  const htmlLang = localeConfig(locale).htmlLang;
  const problems: string[] = [];
  const expect = (where: string, actual: string | undefined, expected: string | undefined) => {
    assert.ok(expected, `${where}: no translation to compare with`);
    if (actual !== expected) problems.push(`${where}: "${actual}", expected "${expected}"`);
  };

  const home = builtHtml(siteDir, `/${locale}/`);
  expect('home <html lang>', home('html').attr('lang'), htmlLang);
  expect('home h1', text(home, 'h1'), code['home.hero.title']?.message);
  expect('navbar title', text(home, '.navbar__title'), navbar.title?.message);
  const navbarLinks = home('.navbar__items a.navbar__link').map((_, a) => home(a).text().trim()).get();
  for (const [key, {message}] of Object.entries(navbar)) {
    if (key.startsWith('item.label.') && !navbarLinks.includes(message)) problems.push(`navbar: no link "${message}" (${key}) among ${navbarLinks.join(', ')}`);
  }
  expect('footer', text(home, '.footer__copyright'), footer.copyright?.message);

  const catalog = builtHtml(siteDir, `/${locale}/tasks`);
  expect('catalog <html lang>', catalog('html').attr('lang'), htmlLang);
  expect('catalog h1', text(catalog, 'main h1'), code['tasks.catalog.title']?.message);
  const search = builtHtml(siteDir, `/${locale}/search`);
  expect('search page h1', text(search, 'main h1'), code['search.page.title']?.message);
  const notFound = builtHtml(siteDir, `/${locale}/404`);
  expect('404 <html lang>', notFound('html').attr('lang'), htmlLang);
  return problems;
}

/**
 * Pages the locale has no file of (import placeholders aside) are the default locale's, shown
 * with the notice in the reader's language and `lang` of their text; the locale's own pages
 * carry no notice. Returns the problems and how many pages of each kind were checked.
 */
export function fallbackProblems(siteDir: string, locale: string): {problems: string[]; fallback: number; own: number} {
  const layout = readContentLayout(siteDir);
  const own = new Set(layout.pages(locale));
  const placeholders = placeholderFiles(siteDir);
  const defaultDir = path.relative(siteDir, layout.docsDir(DEFAULT_LOCALE));
  const language = new Intl.DisplayNames([locale], {type: 'language'}).of(DEFAULT_LOCALE);
  const notice = messages(siteDir, locale, 'code.json')['playbook.untranslated.notice']?.message.replace('{language}', language ?? DEFAULT_LOCALE);
  const contentLang = localeConfig(DEFAULT_LOCALE).htmlLang;
  const problems: string[] = [];
  let fallback = 0;
  for (const page of layout.pages(DEFAULT_LOCALE)) {
    const url = pageUrlPath(page, locale, DEFAULT_LOCALE);
    const $ = builtHtml(siteDir, url);
    const shown = text($, '[data-untranslated-notice]');
    if (own.has(page) || placeholders.has(path.join(defaultDir, page).split(path.sep).join('/'))) {
      if (shown) problems.push(`${url}: a page of ${locale} (or a placeholder) shows the notice "${shown}"`);
      continue;
    }
    fallback++;
    if (shown !== notice) problems.push(`${url}: notice "${shown}", expected "${notice}"`);
    const h1Lang = $('article h1').first().closest('[lang]').attr('lang');
    if (h1Lang !== contentLang) problems.push(`${url}: the English title is marked lang="${h1Lang}"`);
  }
  return {problems, fallback, own: own.size};
}

/**
 * Under /ja/, in Chromium with the served build: the task ID and a word of the task's Japanese
 * name each find the task in the search box (Enter opens its row) and its page on the results page.
 */
export async function japaneseSearchProblems(siteDir: string, taskId: string, word: string): Promise<string[]> {
  const {tasks} = JSON.parse(fs.readFileSync(path.join(siteDir, 'build', 'ja', 'tasks.json'), 'utf8')) as {tasks: {id: string; name: string; url: string}[]};
  // The ID may also be on an English page shown under /ja/ (the seed page has 3184): the Japanese row is the one named with the word.
  const task = tasks.find((t) => t.id === taskId && t.name.includes(word));
  assert.ok(task, `build/ja/tasks.json has no task ${taskId} whose name holds "${word}": ${tasks.filter((t) => t.id === taskId).map((t) => t.name).join(' / ')}`);
  const pageUrl = task.url.replace(/#.*$/, '');
  const problems: string[] = [];
  const server = await serveBuild(path.join(siteDir, 'build'));
  const browser = await launchBrowser();
  try {
    for (const query of [taskId, word]) {
      const page = await browser.newPage();
      page.setDefaultTimeout(30_000);
      await page.goto(`${server.url}/ja/`, {waitUntil: 'networkidle'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.keyboard.press('Control+K');
      await page.keyboard.type(query);
      await page.waitForSelector('.navbar [role="listbox"][aria-busy="false"]', {state: 'attached'});
      const options = await page.$$eval('.navbar [role="listbox"] [role="option"] span:first-child', (spans) => spans.map((s) => s.textContent?.trim() ?? ''));
      const label = `${taskId} – ${task.name}`;
      if (!options.includes(label)) problems.push(`search box "${query}": no suggestion of task ${taskId} among ${options.join(' / ')}`);
      else if (query === word) {
        // Only this task is named with the word: it comes first, and Enter opens its task page, which links its row.
        if (options[0] !== label) problems.push(`search box "${query}": "${options[0]}" comes before "${label}"`);
        await Promise.all([page.waitForURL((url) => url.pathname === `/ja/tasks/${taskId}`), page.keyboard.press('Enter')]);
        const linksRow = await page.locator(`main a[href="${task.url}"]`).first().waitFor({state: 'attached'}).then(() => true, () => false);
        if (!linksRow) problems.push(`search box "${query}": the task page ${page.url()} does not link the row ${task.url}`);
      }

      await page.goto(`${server.url}/ja/search?q=${encodeURIComponent(query)}`, {waitUntil: 'networkidle'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await page.waitForSelector('main [role="status"][aria-busy="false"]', {state: 'attached'});
      const pages = await page.$$eval('main section > ol > li > a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      if (!pages.includes(pageUrl)) problems.push(`/ja/search?q=${query}: the page of task ${taskId} (${pageUrl}) is not among the pages found: ${pages.slice(0, 10).join(', ')}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return problems;
}
