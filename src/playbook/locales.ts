/** Locales the playbook is published in; the first is the default (served at `/`). */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number] | (string & {});
export const DEFAULT_LOCALE: Locale = 'en';
