import {afterEach, describe, expect, test, vi} from 'vitest';
import type {Config} from '@docusaurus/types';
import {searchConfigFromEnv} from '../config';

const DOCSEARCH = {DOCSEARCH_APP_ID: 'APP123', DOCSEARCH_API_KEY: 'search-only-key', DOCSEARCH_INDEX_NAME: 'playbook'};

describe('search config from the environment', () => {
  test('no DocSearch variables: the local index', () => {
    expect(searchConfigFromEnv({})).toEqual({provider: 'local'});
    expect(searchConfigFromEnv({DOCSEARCH_APP_ID: '', DOCSEARCH_API_KEY: '  '})).toEqual({provider: 'local'});
  });

  test('all three variables: DocSearch, filtered by locale, with the same results page path', () => {
    expect(searchConfigFromEnv(DOCSEARCH)).toEqual({
      provider: 'docsearch',
      algolia: {appId: 'APP123', apiKey: 'search-only-key', indexName: 'playbook', contextualSearch: true, searchPagePath: 'search'},
    });
  });

  test('some but not all: an error naming what is missing', () => {
    expect(() => searchConfigFromEnv({DOCSEARCH_APP_ID: 'APP123', DOCSEARCH_INDEX_NAME: 'playbook'})).toThrow(
      /DOCSEARCH_APP_ID, DOCSEARCH_INDEX_NAME are set but DOCSEARCH_API_KEY is not/,
    );
    expect(() => searchConfigFromEnv({DOCSEARCH_API_KEY: 'k'})).toThrow(/DOCSEARCH_APP_ID, DOCSEARCH_INDEX_NAME are not/);
  });
});

describe('docusaurus.config.ts switches search with the environment', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function loadSiteConfig(): Promise<Config> {
    vi.resetModules();
    return (await import('../../../docusaurus.config')).default;
  }

  function pluginNames(config: Config): string[] {
    return (config.plugins ?? []).map((plugin) => (typeof plugin === 'function' ? plugin.name : String(plugin)));
  }

  test('without credentials: the local search plugin and no Algolia config', async () => {
    for (const name of Object.keys(DOCSEARCH)) vi.stubEnv(name, '');
    const config = await loadSiteConfig();
    expect(pluginNames(config)).toContain('localSearchPlugin');
    expect(config.themeConfig).not.toHaveProperty('algolia');
  });

  test('with credentials: Algolia DocSearch and no local search plugin', async () => {
    for (const [name, value] of Object.entries(DOCSEARCH)) vi.stubEnv(name, value);
    const config = await loadSiteConfig();
    expect(pluginNames(config)).not.toContain('localSearchPlugin');
    expect(config.themeConfig).toMatchObject({algolia: {appId: 'APP123', apiKey: 'search-only-key', indexName: 'playbook', contextualSearch: true}});
  });
});
