/**
 * Translation status: for every page and every locale, whether the translation is there, a
 * stand-in, up to date or outdated, how many tasks it lists differently, and where to edit it.
 * `npm run translations` prints it; the `/translations` page shows it.
 */
import fs from 'node:fs';
import path from 'node:path';
import {pageUrlPath} from '../content/contentTree';
import {contentFiles, pagesBySource, readContentLayout, type ContentFile} from '../content/layout';
import {readAudienceView} from '../audience';
import {importPlaceholders} from '../content/importManifest';
import {editUrlOf, newFileUrlOf, REPOSITORY_URL} from '../content/repository';
import {validateFrontMatter} from '../frontmatter/validate';
import {indexedPage, type IndexedTasks} from '../pageIndex';
import {pageDrift, taskDriftOf} from '../tasks/drift';
import {TRANSLATION_STATES, type LocaleStatus, type PageStatus, type TranslationReport, type TranslationState} from './states';

export * from './states';

export interface StatusOptions {
  siteDir: string;
  locales: readonly string[];
  defaultLocale: string;
  repositoryUrl?: string;
  /** A build for one audience (`PLAYBOOK_AUDIENCE`) lists only the pages it publishes in every locale. */
  audience?: string | null;
}

interface ReadFile {
  file: ContentFile;
  tasks: IndexedTasks;
  body: string;
  title: string | null;
  updated: string | null;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

function readFile(file: ContentFile): ReadFile {
  const content = fs.readFileSync(file.absolute, 'utf8');
  // Through the page index, so the task catalog and the outdated-translation notice of the same build reuse the parse.
  const {tasks, title, updates} = indexedPage(file.absolute, content);
  return {file, tasks, body: validateFrontMatter(content, file.absolute).body, title, updated: updates.updated};
}

function stateOf(own: ReadFile | undefined, reference: ReadFile | undefined, isDefault: boolean, isImportPlaceholder: boolean): TranslationState {
  if (!own) return 'missing';
  if (isImportPlaceholder) return 'placeholder';
  if (isDefault || !reference) return 'up-to-date';
  if (sameText(own.body, reference.body)) return 'placeholder';
  if (reference.updated && (!own.updated || own.updated < reference.updated)) return 'outdated';
  return 'up-to-date';
}

export function translationStatus(options: StatusOptions): TranslationReport {
  const {siteDir, defaultLocale} = options;
  const locales = [defaultLocale, ...options.locales.filter((l) => l !== defaultLocale)];
  const repositoryUrl = options.repositoryUrl ?? REPOSITORY_URL;
  const siteRelative = (abs: string) => path.relative(siteDir, abs).split(path.sep).join('/');
  const placeholders = importPlaceholders(siteDir);
  const layout = readContentLayout(siteDir, {locales, defaultLocale});

  const audience = readAudienceView(layout, options.audience ?? null);
  const pages = [...pagesBySource(contentFiles(layout))]
    .filter(([source]) => locales.every((locale) => audience.isPublished(source, locale)))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, files]): PageStatus => {
      const read = new Map(files.map((f) => [f.locale, readFile(f)]));
      const fileOf = (locale: string) => siteRelative(read.get(locale)?.file.absolute ?? path.join(layout.docsDir(locale), source));
      // A placeholder is no original to translate from: its translations are the page.
      const reference = placeholders.has(fileOf(defaultLocale)) ? undefined : read.get(defaultLocale);
      const drift = pageDrift(source, [...read.values()].map((r) => ({locale: r.file.locale, file: siteRelative(r.file.absolute), tasks: r.tasks})));
      return {
        source,
        route: pageUrlPath(source, defaultLocale, defaultLocale).replace(/^\//, ''),
        locales: locales.map((locale): LocaleStatus => {
          const own = read.get(locale);
          const file = fileOf(locale);
          return {
            locale,
            state: stateOf(own, reference, locale === defaultLocale, placeholders.has(file)),
            file,
            title: own?.title ?? null,
            updated: own?.updated ?? null,
            taskDrift: taskDriftOf(drift, locale, defaultLocale),
            editUrl: own ? editUrlOf(file, repositoryUrl) : newFileUrlOf(file, repositoryUrl),
          };
        }),
      };
    });

  const totals = Object.fromEntries(locales.map((locale) => [
    locale,
    Object.fromEntries(TRANSLATION_STATES.map((state) => [state, pages.filter((p) => p.locales.find((l) => l.locale === locale)?.state === state).length])),
  ])) as TranslationReport['totals'];
  return {defaultLocale, locales, pages, totals};
}
