/**
 * The playbook's Markdown pipeline, configured once. The site config and the content
 * linter both take their plugin lists from here, so they can never disagree.
 */
import type {PluggableList} from 'unified';
import path from 'node:path';
import rehypeSafeHtml from '../rehype/safe-html';
import remarkCallouts from './callouts';
import remarkDocfxBlocks from './docfx-blocks';
import remarkImages from './images';
import remarkIncludes from './includes';
import remarkLegacyLinks from './legacy-links';
import remarkPlaybookReport, {rehypePlaybookReport} from './report';
import remarkZeroWidth from './zero-width';

const siteDir = path.resolve(__dirname, '../..');
const locales = ['en', 'de'];

/**
 * Run before Docusaurus's admonitions, heading IDs, image and link resolution. Includes
 * come first, so included text goes through everything after them.
 */
export const beforeDefaultRemarkPlugins: PluggableList = [
  [remarkIncludes, {siteDir}],
  remarkZeroWidth,
  remarkCallouts,
  remarkDocfxBlocks,
  [remarkLegacyLinks, {siteDir, locales}],
  [remarkImages, {siteDir}],
];

/** Run after Docusaurus's defaults (and after remark-gfm, so tables exist). */
export const remarkPlugins: PluggableList = [];

/** First in line after Docusaurus's rehype-raw: everything later sees only safe HTML. */
export const rehypePlugins: PluggableList = [rehypeSafeHtml];

/** Printing/failing is the build's job; the linter collects the same messages itself. */
export const buildReportPlugins: PluggableList = [remarkPlaybookReport];

/** The build's reporter after the rehype plugins, for what the HTML sanitizer finds. */
export const buildRehypeReportPlugins: PluggableList = [rehypePlaybookReport];
