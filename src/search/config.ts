/**
 * Which search the site ships: the local Pagefind index (default) or Algolia DocSearch,
 * chosen by environment variables at build time.
 */

/** The environment variables that switch the site to DocSearch; all three are needed. */
export const DOCSEARCH_ENV = {
  appId: 'DOCSEARCH_APP_ID',
  apiKey: 'DOCSEARCH_API_KEY',
  indexName: 'DOCSEARCH_INDEX_NAME',
} as const;

/** The `themeConfig.algolia` options preset-classic reads. */
export type DocSearchOptions = {
  appId: string;
  apiKey: string;
  indexName: string;
  /** Filters results by the page's language, so German searches return German pages. */
  contextualSearch: true;
  /** Same results page path as the local search, so shared `/search?q=` links keep working. */
  searchPagePath: 'search';
};

export type SearchConfig = {provider: 'local'} | {provider: 'docsearch'; algolia: DocSearchOptions};

type Env = Readonly<Record<string, string | undefined>>;

/**
 * DocSearch when all three DocSearch variables are set, the local index when none is.
 * Some but not all set is a mistake (a site quietly falling back to local search would hide it),
 * so it throws naming the missing ones.
 */
export function searchConfigFromEnv(env: Env): SearchConfig {
  const values = Object.fromEntries(
    Object.entries(DOCSEARCH_ENV).map(([key, name]) => [key, env[name]?.trim() || undefined]),
  ) as Record<keyof typeof DOCSEARCH_ENV, string | undefined>;
  const missing = (Object.keys(DOCSEARCH_ENV) as (keyof typeof DOCSEARCH_ENV)[]).filter((key) => !values[key]);
  if (missing.length === Object.keys(DOCSEARCH_ENV).length) return {provider: 'local'};
  if (missing.length > 0) {
    const set = Object.values(DOCSEARCH_ENV).filter((name) => !missing.some((key) => DOCSEARCH_ENV[key] === name));
    throw new Error(
      `Search: ${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set but ${missing.map((key) => DOCSEARCH_ENV[key]).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not. ` +
        `Set all of ${Object.values(DOCSEARCH_ENV).join(', ')} to use Algolia DocSearch, or none of them to use the local search index.`,
    );
  }
  return {
    provider: 'docsearch',
    algolia: {
      appId: values.appId!,
      apiKey: values.apiKey!,
      indexName: values.indexName!,
      contextualSearch: true,
      searchPagePath: 'search',
    },
  };
}
