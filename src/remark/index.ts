/**
 * The playbook's Markdown pipeline, configured once. The site config and the content
 * linter both take their plugin lists from here, so they can never disagree.
 */
import path from 'node:path';
import type {PluggableList} from 'unified';
import {DEFAULT_LOCALE, LOCALES, localeConfigs, type LocaleConfig} from '../playbook/locales';
import rehypeHtmlAnchors from '../rehype/html-anchors';
import rehypeSafeHtml from '../rehype/safe-html';
import rehypeSafeToc from '../rehype/toc';
import remarkBlockerStatus from './blocker-status';
import remarkCallouts from './callouts';
import remarkDocfxBlocks from './docfx-blocks';
import remarkFrontMatterDiagnostics from './front-matter';
import remarkHistory from './history';
import remarkImages from './images';
import remarkIncludes from './includes';
import remarkIndentedLists from './indented-lists';
import remarkLegacyLinks from './legacy-links';
import remarkPageDates from './page-dates';
import remarkPageFacts from './page-facts';
import remarkSiteLinks from './site-links';
import remarkPlaybookReport, {rehypePlaybookReport, type ReportOptions} from './report';
import {createSourceStage, type Preprocess} from './source';
import remarkTaskTables from './task-tables';
import remarkTranslationNotice from './translation-notice';
import remarkZeroWidth from './zero-width';

export interface PipelineOptions {
  /** The site whose content is processed (the repo, or a temporary copy in tests). */
  siteDir: string;
  locales: readonly string[];
  defaultLocale: string;
  /**
   * The locales' entries (words, date conventions); by default `locales.ts`'s entries of
   * `locales`. Tests pass an invented locale's entry here: no code knows its words.
   */
  localeConfigs?: readonly LocaleConfig[];
  /** `YYYY-MM-DD` for date checks; today when not given (tests inject it). */
  today?: string;
  /** The one locale a Docusaurus build is building (see {@link buildLocaleFromEnv}); the linter has none. */
  buildLocale?: string;
  /**
   * The audience a build publishes (`PLAYBOOK_AUDIENCE`); `EVERY_AUDIENCE` checks links for
   * all of them (the linter, the importer); null or absent for a build of every page.
   */
  audience?: string | null;
}

/**
 * The locale Docusaurus is building: it sets DOCUSAURUS_CURRENT_LOCALE before it loads the
 * config, once per locale. Undefined outside a build (or for an unknown value, e.g. `start`
 * without `--locale` sets "undefined").
 */
export function buildLocaleFromEnv(env: NodeJS.ProcessEnv, locales: readonly string[]): string | undefined {
  const locale = env.DOCUSAURUS_CURRENT_LOCALE;
  return locale && locales.includes(locale) ? locale : undefined;
}

export interface PlaybookPlugins {
  /**
   * The raw text of a page, before any parser: limits, characters, empty pages (`src/source`).
   * Docusaurus's `markdown.preprocessor`; the linter calls it before parsing too.
   */
  preprocess: Preprocess;
  /**
   * Run before Docusaurus's admonitions, heading IDs, image and link resolution. Includes
   * come first, so included text goes through everything after them.
   */
  beforeDefaultRemarkPlugins: PluggableList;
  /**
   * Run after Docusaurus's defaults. (Every plugin sees tables: GFM syntax is part of parsing,
   * which comes before any plugin.) Task tables read the phase line, so they run before
   * page facts turn it into a component.
   */
  remarkPlugins: PluggableList;
  /**
   * First in line after Docusaurus's rehype-raw: everything later sees only safe HTML, and
   * the table of contents is rebuilt from the sanitised headings.
   */
  rehypePlugins: PluggableList;
}

export function playbookPlugins(options: PipelineOptions): PlaybookPlugins {
  const {siteDir, locales, defaultLocale, today, buildLocale, audience} = options;
  const entries = options.localeConfigs ?? localeConfigs(locales);
  const source = createSourceStage({siteDir, locales, defaultLocale});
  return {
    preprocess: source.preprocess,
    beforeDefaultRemarkPlugins: [
      source.plugin,
      [remarkIncludes, {siteDir, locales, defaultLocale}],
      remarkIndentedLists,
      remarkZeroWidth,
      [remarkBlockerStatus, {siteDir, locales, defaultLocale}],
      [remarkCallouts, {locales: entries}],
      remarkDocfxBlocks,
      [remarkLegacyLinks, {siteDir, locales, defaultLocale, buildLocale}],
      [remarkSiteLinks, {siteDir, locales, defaultLocale, audience, buildLocale}],
      [remarkImages, {siteDir, locales, defaultLocale}],
      [remarkFrontMatterDiagnostics, {defaultLocale, locales: entries}],
    ],
    remarkPlugins: [
      [remarkTaskTables, {defaultLocale, locales: entries}],
      [remarkPageFacts, {locales: entries}],
      [remarkPageDates, {today, defaultLocale, locales: entries}],
      [remarkTranslationNotice, {siteDir, defaultLocale}],
      [remarkHistory, {defaultLocale, locales: entries}],
    ],
    rehypePlugins: [rehypeSafeHtml, rehypeHtmlAnchors, rehypeSafeToc],
  };
}

/** Printing/failing is the build's job; the linter collects the same messages itself. */
export function buildReportPlugins(options: ReportOptions = {}): PluggableList {
  return [[remarkPlaybookReport, options]];
}

/** The build's reporter after the rehype plugins, for what the HTML sanitizer finds. */
export function buildRehypeReportPlugins(options: ReportOptions = {}): PluggableList {
  return [[rehypePlaybookReport, options]];
}

/** This repository's own site. */
export const SITE_PIPELINE: PipelineOptions = {
  siteDir: path.resolve(__dirname, '../..'),
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
};
