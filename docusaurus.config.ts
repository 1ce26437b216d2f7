import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import {buildRehypeReportPlugins, buildReportPlugins, playbookPlugins, SITE_PIPELINE} from './src/remark';
import localeParityPlugin from './src/plugins/locale-parity';
import printLinksPlugin from './src/plugins/print-links';
import {accessibleCodeTheme} from './src/css/codeColors';
import {DEFAULT_LOCALE, LOCALE_CONFIGS} from './src/playbook/locales';
import {DOCS_ROUTE_BASE} from './src/content/contentTree';
import {localeBaseUrl} from './src/content/pageVersions';
import {EDIT_BRANCH, REPOSITORY_URL} from './src/content/repository';
import {readContentLayout} from './src/content/layout';
import {parsePlaybookFrontMatter} from './src/frontmatter';
import taskCatalogPlugin from './src/plugins/task-catalog';
import translationStatusPlugin from './src/plugins/translation-status';
import localSearchPlugin from './src/plugins/local-search';
import pageVersionsPlugin, {sitemapItemsWithAlternates} from './src/plugins/page-versions';
import {searchConfigFromEnv} from './src/search/config';


/**
 * `PLAYBOOK_PLUGINS=off` builds the same files as stock Docusaurus: none of the playbook's
 * remark/rehype plugins or site plugins run (`npm run bench` compares against it). Stock
 * Docusaurus cannot resolve DocFX links, so broken links only warn then.
 */
const PLAYBOOK_PLUGINS = process.env.PLAYBOOK_PLUGINS ?? 'on';
if (PLAYBOOK_PLUGINS !== 'on' && PLAYBOOK_PLUGINS !== 'off') {
  throw new Error(`PLAYBOOK_PLUGINS is "${PLAYBOOK_PLUGINS}"; use "on" (default) or "off" (stock Docusaurus, for benchmarks).`);
}
const withPlaybook = <T,>(playbook: T, stock: T): T => (PLAYBOOK_PLUGINS === 'on' ? playbook : stock);

// Docusaurus already parses GFM; these are the playbook's own plugins.
const markdownPlugins = playbookPlugins(SITE_PIPELINE);
// What is a page and what an include file (also in folders a DocFX import recorded), decided once.
const contentLayout = readContentLayout(SITE_PIPELINE.siteDir);

// Local Pagefind index, or Algolia DocSearch when DOCSEARCH_* variables are set (see CONTRIBUTING.md, "Search").
const search = searchConfigFromEnv(process.env);

// Where the site is served: `/` by default; `/<repo>/` for a GitHub Pages project site (deploy.yml).
const BASE_URL = process.env.PLAYBOOK_BASE_URL || '/';
if (!/^\/(.*\/)?$/.test(BASE_URL)) {
  throw new Error(`PLAYBOOK_BASE_URL is "${BASE_URL}"; it must start and end with "/", e.g. /partner-playbook-portal/.`);
}

const config: Config = {
  title: 'FastTrack Partner Playbook',
  tagline: 'Guidance for partners delivering FastTrack engagements',
  url: process.env.PLAYBOOK_SITE_URL || 'https://playbook.example.com',
  baseUrl: BASE_URL,
  favicon: 'img/favicon.svg',
  trailingSlash: false,

  onBrokenLinks: withPlaybook('throw', 'warn'),
  onBrokenAnchors: withPlaybook('throw', 'warn'),
  onDuplicateRoutes: 'throw',

  // Last-updated dates come from each page's ms.date, never from git (see src/frontmatter),
  // so builds work the same in a fresh copy, a tarball or CI.
  future: {v4: true, experimental_vcs: 'disabled'},

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: LOCALE_CONFIGS.map((l) => l.code),
    // Each locale's base URL is explicit: Docusaurus would serve a one-locale build
    // (`--locale ja`, as each job of .github/workflows/build-site.yml runs) at `/`.
    localeConfigs: Object.fromEntries(
      LOCALE_CONFIGS.map(({code, label, htmlLang, direction}) => [code, {label, htmlLang, direction, baseUrl: localeBaseUrl(BASE_URL, code, DEFAULT_LOCALE)}]),
    ),
  },

  markdown: {
    // .md is CommonMark: `<Depends on customer>` and `{customer.tenant}` stay literal text.
    format: 'detect',
    hooks: {onBrokenMarkdownLinks: 'warn', onBrokenMarkdownImages: withPlaybook('throw', 'warn')},
    // One schema for DocFX and Docusaurus keys; the H1 becomes the title, ms.date the last update.
    ...withPlaybook({parseFrontMatter: parsePlaybookFrontMatter}, {}),
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: DOCS_ROUTE_BASE,
          ...withPlaybook({exclude: contentLayout.excludeGlobs()}, {}),
          sidebarPath: './sidebars.ts',
          editUrl: `${REPOSITORY_URL}/edit/${EDIT_BRANCH}/`,
          editLocalizedFiles: true,
          // Filled from ms.date by parseFrontMatter (last_update.date).
          showLastUpdateTime: true,
          beforeDefaultRemarkPlugins: withPlaybook(markdownPlugins.beforeDefaultRemarkPlugins, []),
          remarkPlugins: withPlaybook([...markdownPlugins.remarkPlugins, ...buildReportPlugins], []),
          rehypePlugins: withPlaybook([...markdownPlugins.rehypePlugins, ...buildRehypeReportPlugins], []),
        },
        blog: false,
        sitemap: {
          lastmod: 'date',
          // hreflang alternates: each URL names the language versions the page has.
          ...withPlaybook({createSitemapItems: sitemapItemsWithAlternates({siteDir: __dirname, baseUrl: BASE_URL, locales: LOCALE_CONFIGS, defaultLocale: DEFAULT_LOCALE})}, {}),
        },
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  plugins: withPlaybook(
    [localeParityPlugin, pageVersionsPlugin, printLinksPlugin, taskCatalogPlugin, translationStatusPlugin, ...(search.provider === 'local' ? [localSearchPlugin] : [])],
    [],
  ),

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    ...(search.provider === 'docsearch' ? {algolia: search.algolia} : {}),
    navbar: {
      title: 'FastTrack Partner Playbook',
      items: [
        {type: 'docSidebar', sidebarId: 'playbook', position: 'left', label: 'Playbook'},
        {to: '/tasks', position: 'left', label: 'Tasks'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'FastTrack Partner Playbook Portal',
    },
    prism: {theme: accessibleCodeTheme(prismThemes.github), darkTheme: accessibleCodeTheme(prismThemes.dracula)},
  } satisfies Preset.ThemeConfig,
};

export default config;
