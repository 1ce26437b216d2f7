/**
 * Which language versions each doc page has. Docusaurus shows the default locale's page
 * wherever a translation is missing and announces every locale as an alternate; this plugin
 * tells the theme (hreflang links, the untranslated-page notice) and the sitemap the truth.
 */
import path from 'node:path';
import type {LoadContext, Plugin, RouteConfig} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {PluginOptions as SitemapOptions} from '@docusaurus/plugin-sitemap';
import {flattenRoutes, normalizeUrl} from '@docusaurus/utils';
import {applyTrailingSlash} from '@docusaurus/utils-common';
import {readContentLayout} from '../../content/layout';
import {localeBaseUrl, pageVersions} from '../../content/pageVersions';
import {PAGE_VERSIONS_PLUGIN, type PageVersionsData} from './data';

export default function pageVersionsPlugin(context: LoadContext): Plugin {
  const {siteDir, i18n} = context;
  return {
    name: PAGE_VERSIONS_PLUGIN,

    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const layout = readContentLayout(siteDir, {locales: i18n.locales, defaultLocale: i18n.defaultLocale});
      const versions = pageVersions(layout);
      const pages: PageVersionsData['pages'] = {};
      for (const doc of docs?.loadedVersions.flatMap((v) => v.docs) ?? []) {
        const source = layout.contentFileOf(path.join(siteDir, doc.source.replace(/^@site\//, '')));
        const locales = source ? versions.get(source.source) : undefined;
        // Pages every locale has need no entry: that is what the client assumes.
        if (locales && locales.length < i18n.locales.length) pages[doc.permalink] = locales;
      }
      actions.setGlobalData({pages} satisfies PageVersionsData);
    },
  };
}

interface SitemapLocale {
  code: string;
  htmlLang: string;
}

/**
 * `sitemap.createSitemapItems`: each URL lists its language versions as `xhtml:link`
 * alternates (only the versions that exist), plus `x-default`. `baseUrl` is the site's, not
 * the locale's (see {@link localeBaseUrl}).
 */
export function sitemapItemsWithAlternates(options: {siteDir: string; baseUrl: string; locales: readonly SitemapLocale[]; defaultLocale: string}): NonNullable<SitemapOptions['createSitemapItems']> {
  const {siteDir, baseUrl, locales, defaultLocale} = options;
  const htmlLang = new Map(locales.map((l) => [l.code, l.htmlLang]));
  return async ({defaultCreateSitemapItems, ...params}) => {
    const {siteConfig, routes} = params;
    const layout = readContentLayout(siteDir, {locales: locales.map((l) => l.code), defaultLocale});
    const versions = pageVersions(layout);
    const urlOf = (route: RouteConfig) =>
      normalizeUrl([siteConfig.url, applyTrailingSlash(route.path, {trailingSlash: siteConfig.trailingSlash, baseUrl: siteConfig.baseUrl})]);
    const sourceByUrl = new Map(flattenRoutes(routes).map((route) => [urlOf(route), route.metadata?.sourceFilePath]));
    const items = await defaultCreateSitemapItems(params);
    return items.map((item) => {
      const pathname = item.url.slice(siteConfig.url.replace(/\/$/, '').length);
      if (!pathname.startsWith(siteConfig.baseUrl) && `${pathname}/` !== siteConfig.baseUrl) return item;
      const suffix = pathname.slice(siteConfig.baseUrl.length);
      const filePath = sourceByUrl.get(item.url);
      const source = filePath ? layout.contentFileOf(path.join(siteDir, filePath)) : null;
      const available = (source && versions.get(source.source)) || locales.map((l) => l.code);
      const hrefOf = (code: string) => normalizeUrl([siteConfig.url, localeBaseUrl(baseUrl, code, defaultLocale), suffix]);
      const xDefault = available.includes(defaultLocale) ? defaultLocale : available[0]!;
      const links = [
        ...available.map((code) => ({lang: htmlLang.get(code) ?? code, url: hrefOf(code)})),
        {lang: 'x-default', url: hrefOf(xDefault)},
      ];
      return {...item, links};
    });
  };
}
