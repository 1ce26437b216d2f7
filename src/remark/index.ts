/**
 * The playbook's Markdown pipeline, configured once. The site config and the content
 * linter both take their plugin lists from here, so they can never disagree.
 */
import path from 'node:path';
import type {PluggableList} from 'unified';
import {DEFAULT_LOCALE, LOCALES} from '../playbook/locales';
import remarkFrontMatterDiagnostics from './front-matter';
import remarkHistory from './history';
import remarkLegacyLinks from './legacy-links';
import remarkPageFacts from './page-facts';
import remarkPlaybookReport from './report';
import remarkTaskTables from './task-tables';

export interface PipelineOptions {
  /** The site whose content is processed (the repo, or a temporary copy in tests). */
  siteDir: string;
  locales: readonly string[];
  defaultLocale: string;
}

export interface PlaybookPlugins {
  /** Run before Docusaurus's admonitions, heading IDs and link resolution. */
  beforeDefaultRemarkPlugins: PluggableList;
  /** Run after Docusaurus's defaults (and after remark-gfm, so tables exist). */
  remarkPlugins: PluggableList;
  rehypePlugins: PluggableList;
}

export function playbookPlugins(options: PipelineOptions): PlaybookPlugins {
  const {siteDir, locales, defaultLocale} = options;
  return {
    beforeDefaultRemarkPlugins: [[remarkLegacyLinks, {siteDir, locales, defaultLocale}], remarkFrontMatterDiagnostics],
    // Task tables read the `Phase:` line, so they run before page facts turn it into a component.
    remarkPlugins: [[remarkTaskTables, {defaultLocale}], remarkPageFacts, remarkHistory],
    rehypePlugins: [],
  };
}

/** Printing/failing is the build's job; the linter collects the same messages itself. */
export const buildReportPlugins: PluggableList = [remarkPlaybookReport];

export const SITE_PIPELINE: PipelineOptions = {
  siteDir: path.resolve(__dirname, '../..'),
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
};
