import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import {fallbackOf, PAGE_VERSIONS_PLUGIN, versionsOfPath, type PageVersionsData} from './data';

/** The locales with their own version of the page at `pathname`; null when every locale has it (or the plugin is off). */
export function usePageVersions(pathname: string): string[] | null {
  return versionsOfPath(usePluginData(PAGE_VERSIONS_PLUGIN) as PageVersionsData | undefined, pathname);
}

export interface ShownLanguage {
  /** BCP 47 tag of the text shown (`lang`). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** False for an import placeholder, which is no page of that language but a pointer to others. */
  translated: boolean;
}

/** The language of a doc's text when it is not the reader's locale (a page shown through the fallback); else null. */
export function useFallbackLanguage(permalink: string): ShownLanguage | null {
  const {i18n} = useDocusaurusContext();
  const fallback = fallbackOf(usePageVersions(permalink), i18n.currentLocale, i18n.defaultLocale);
  if (!fallback) return null;
  const config = i18n.localeConfigs[fallback.locale];
  return {lang: config?.htmlLang ?? fallback.locale, dir: config?.direction ?? 'ltr', translated: fallback.translated};
}
