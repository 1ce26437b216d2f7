/**
 * The playbook's Markdown pipeline, configured once. The site config and the content
 * linter both take their plugin lists from here, so they can never disagree.
 */
import type {PluggableList} from 'unified';
import path from 'node:path';
import remarkFrontMatterDiagnostics from './front-matter';
import remarkHistory from './history';
import remarkLegacyLinks from './legacy-links';
import remarkPageFacts from './page-facts';
import remarkSiteLinks from './site-links';
import remarkPlaybookReport from './report';
import remarkTaskTables from './task-tables';
import {DEFAULT_LOCALE, LOCALES} from '../playbook/locales';

const siteDir = path.resolve(__dirname, '../..');
const locales = LOCALES;

/** Run before Docusaurus's admonitions, heading IDs and link resolution. */
export const beforeDefaultRemarkPlugins: PluggableList = [
  [remarkLegacyLinks, {siteDir, locales}],
  [remarkSiteLinks, {siteDir, locales}],
  remarkFrontMatterDiagnostics,
];

/** Run after Docusaurus's defaults (and after remark-gfm, so tables exist). Task tables read the
 * `Phase:` line, so they run before page facts turn it into a component. */
export const remarkPlugins: PluggableList = [[remarkTaskTables, {defaultLocale: DEFAULT_LOCALE}], remarkPageFacts, remarkHistory];

export const rehypePlugins: PluggableList = [];

/** Printing/failing is the build's job; the linter collects the same messages itself. */
export const buildReportPlugins: PluggableList = [remarkPlaybookReport];
