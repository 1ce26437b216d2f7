/**
 * The locales the playbook is published in: the one place to add a language. The site
 * config (i18n), the Markdown pipeline, the legacy-name grammar and the importer read it.
 * The first entry is the default locale, served at `/`.
 */
export const LOCALE_CONFIGS = [
  {code: 'en', label: 'English', htmlLang: 'en'},
  {code: 'de', label: 'Deutsch', htmlLang: 'de'},
  {code: 'es', label: 'Español', htmlLang: 'es'},
  {code: 'ja', label: '日本語', htmlLang: 'ja'},
] as const satisfies readonly {code: string; label: string; htmlLang: string}[];

export type Locale = (typeof LOCALE_CONFIGS)[number]['code'] | (string & {});

export const LOCALES: readonly Locale[] = LOCALE_CONFIGS.map((l) => l.code);
export const DEFAULT_LOCALE: Locale = LOCALE_CONFIGS[0].code;
