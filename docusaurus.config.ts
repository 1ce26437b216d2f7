import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import type {Pluggable, PluggableList} from 'unified';
import {buildLocaleFromEnv, buildRehypeReportPlugins, buildReportPlugins, playbookPlugins, SITE_PIPELINE} from './src/remark';
import audiencePlugin from './src/plugins/audience';
import localeParityPlugin from './src/plugins/locale-parity';
import printLinksPlugin from './src/plugins/print-links';
import {accessibleCodeTheme} from './src/css/codeColors';
import {DEFAULT_LOCALE, LOCALE_CONFIGS} from './src/playbook/locales';
import {DOCS_ROUTE_BASE} from './src/content/contentTree';
import {localeBaseUrl} from './src/content/pageVersions';
import {EDIT_BRANCH, REPOSITORY_URL} from './src/content/repository';
import {readContentLayout} from './src/content/layout';
import {withAudience} from './src/audience';
import {buildAudience} from './src/playbook/audiences';
import {createParseFrontMatter} from './src/frontmatter';
import {contentExcludes} from './src/content/scan';
import contentGatePlugin from './src/plugins/content-gate';
import cspPlugin from './src/plugins/csp';
import clientBundlePlugin from './src/plugins/client-bundle';
import taskCatalogPlugin from './src/plugins/task-catalog';
import blockersPlugin from './src/plugins/blockers';
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

/**
 * Remark/rehype plugins with their options bound in. Docusaurus copies the site config into the
 * browser's main bundle, and the options (every locale's grammar words, the site folder) are of no
 * use there: a bound plugin is a function, which the copy leaves out.
 */
function withOptionsBound(plugins: PluggableList): Pluggable[] {
  return plugins.map((entry) => {
    if (!Array.isArray(entry)) return entry;
    const [plugin, ...settings] = entry as [(...args: unknown[]) => unknown, ...unknown[]];
    return function boundPlugin(this: unknown) {
      return plugin.apply(this, settings);
    } as Pluggable;
  });
}

/**
 * `PLAYBOOK_KEEP_GOING=1` builds past content errors (like `make -k`): each is neutralised
 * where it is found and printed with file:line, and the build fails at its end. Without it the
 * build stops at the first stage that finds errors (see SECURITY.md and src/plugins/content-gate).
 */
const KEEP_GOING = process.env.PLAYBOOK_KEEP_GOING ?? '0';
if (KEEP_GOING !== '0' && KEEP_GOING !== '1') {
  throw new Error(`PLAYBOOK_KEEP_GOING is "${KEEP_GOING}"; use "1" to build past content errors, or "0" (default).`);
}
const keepGoing = KEEP_GOING === '1';

// PLAYBOOK_AUDIENCE=partner publishes only the pages whose ft.audience names partner (src/audience).
const audience = buildAudience(process.env);
// Docusaurus already parses GFM; these are the playbook's own plugins. The config is loaded
// once per locale built, so links can be fitted to that locale's pages (#fragments).
const markdownPlugins = playbookPlugins({...SITE_PIPELINE, audience, buildLocale: buildLocaleFromEnv(process.env, SITE_PIPELINE.locales)});
// What is a page and what an include file (also in folders a DocFX import recorded), decided once.
const contentLayout = readContentLayout(SITE_PIPELINE.siteDir);
// Symbolic links in the content folders: refused by the content gate, and never followed.
const refusedFiles = contentExcludes(SITE_PIPELINE.siteDir, SITE_PIPELINE);

// Where DocSearch's browser client fetches results (the Content-Security-Policy's connect-src).
const ALGOLIA_HOSTS = ['https://*.algolia.net', 'https://*.algolianet.com', 'https://*.algolia.io'];

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
  // Its inline script is a development aid; one inline script fewer under the CSP.
  baseUrlIssueBanner: false,

  // Last-updated dates come from each page's ms.date, never from git (see src/frontmatter),
  // so builds work the same in a fresh copy, a tarball or CI.
  // A build that keeps going past errors must meet every page's errors again next time, so it
  // never reuses the bundler's cache of pages compiled before.
  future: {v4: true, experimental_vcs: 'disabled', ...(keepGoing ? {faster: {rspackPersistentCache: false}} : {})},

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
    // The raw text is checked first (limits, characters): no parser sees a page past a limit.
    // A build for one audience makes the other audiences' pages drafts, which it leaves out.
    ...withPlaybook(
      {parseFrontMatter: withAudience(createParseFrontMatter({keepGoing, defaultLocale: DEFAULT_LOCALE, locales: LOCALE_CONFIGS}), audience), preprocessor: markdownPlugins.preprocess},
      {},
    ),
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: DOCS_ROUTE_BASE,
          // Content is Markdown only: .mdx files are never compiled (the content gate reports them).
          ...withPlaybook({include: ['**/*.md'], exclude: [...contentLayout.excludeGlobs(), ...refusedFiles]}, {}),
          sidebarPath: './sidebars.ts',
          editUrl: `${REPOSITORY_URL}/edit/${EDIT_BRANCH}/`,
          editLocalizedFiles: true,
          // Filled from ms.date by parseFrontMatter (last_update.date).
          showLastUpdateTime: true,
          beforeDefaultRemarkPlugins: withPlaybook(withOptionsBound(markdownPlugins.beforeDefaultRemarkPlugins), []),
          remarkPlugins: withPlaybook(withOptionsBound([...markdownPlugins.remarkPlugins, ...buildReportPlugins({keepGoing})]), []),
          rehypePlugins: withPlaybook(withOptionsBound([...markdownPlugins.rehypePlugins, ...buildRehypeReportPlugins({keepGoing})]), []),
        },
        blog: false,
        sitemap: {
          lastmod: 'date',
          // The task pages' template route is not a page (src/plugins/task-catalog/taskPages.ts).
          ignorePatterns: ['/tasks/:id', '/*/tasks/:id'],
          // hreflang alternates: each URL names the language versions the page has.
          ...withPlaybook({createSitemapItems: sitemapItemsWithAlternates({siteDir: __dirname, baseUrl: BASE_URL, locales: LOCALE_CONFIGS, defaultLocale: DEFAULT_LOCALE})}, {}),
        },
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  plugins: withPlaybook(
    [
      // First: it checks every content file before any other plugin reads one.
      [contentGatePlugin, {keepGoing}],
      localeParityPlugin,
      audiencePlugin,
      pageVersionsPlugin,
      printLinksPlugin,
      taskCatalogPlugin,
      blockersPlugin,
      translationStatusPlugin,
      ...(search.provider === 'local' ? [localSearchPlugin] : []),
      clientBundlePlugin,
      // Last: it gives every page written so far (and copied later) its Content-Security-Policy.
      [cspPlugin, {connect: search.provider === 'docsearch' ? ALGOLIA_HOSTS : []}],
    ],
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
        {to: '/blockers', position: 'left', label: 'Blockers'},
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
