/**
 * The locales the playbook is published in, one entry of data each: the one place to add a
 * language. The site config (i18n), the Markdown pipeline, the legacy-name grammar, the importer
 * and the linter read it. The first entry is the default locale, served at `/`.
 *
 * The grammar reads the playbook by its structure (a table's shape, the codes its header
 * declares, a line's place under its heading), so an entry holds only what structure cannot
 * tell: how the DocFX edition names its files, how it writes dates, and the words it uses for
 * callout markers and fact labels. The site's own UI strings are Docusaurus translations
 * (`i18n/<code>/code.json`), not data here.
 */
import type {CalloutKind} from './callouts';
import type {FactKind} from './pageFacts';

/** How a locale's pages write `1/2/2020` and `1.2.2020`; ISO `2020-01-02` is always read. */
export const DATE_ORDERS = ['month-first', 'day-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export interface DateConventions {
  /** `1/2/2020`. The source system writes US dates on every edition, so month first. */
  slash: DateOrder;
  /** `1.2.2020`, the German way: day first. */
  dotted: DateOrder;
}

/** What the playbook's DocFX editions write: slash month first, dotted day first. */
export const DEFAULT_DATE_CONVENTIONS: DateConventions = {slash: 'month-first', dotted: 'day-first'};

/** Words a locale's pages use where structure alone cannot tell (upper/lower case does not matter). */
export interface LocaleWords {
  /**
   * Translated callout markers (`> [!HINWEIS]`), by kind. DocFX's own markers (`[!NOTE]`, …)
   * are read in every locale; list only what translators wrote instead.
   */
  callouts?: Readonly<Partial<Record<CalloutKind, readonly string[]>>>;
  /**
   * Labels of fact lines (`Primäre Rolle: **…**`), by kind, so the site can show them in the
   * reader's language. Fact lines are found by their place; an unlisted label is shown as written.
   */
  facts?: Readonly<Partial<Record<FactKind, readonly string[]>>>;
  /** Plural label forms, shown as the plural label (`Primary Roles: **FastTrack Manager, SME**`). */
  pluralFacts?: Readonly<Partial<Record<FactKind, readonly string[]>>>;
}

export interface LocaleConfig {
  /** Docusaurus locale and URL prefix (`/ja/`). */
  code: string;
  /** The language menu's entry, in the language itself. */
  label: string;
  /** BCP 47 tag for `lang=""`, `hreflang` and `Intl` (dates are written out in it). */
  htmlLang: string;
  direction: 'ltr' | 'rtl';
  /**
   * File-name suffixes the DocFX edition uses for this language (`x-partner-jp.md`). Not always
   * the locale code: the Japanese playbook writes `-jp`.
   */
  docfxSuffixes: readonly string[];
  dates: DateConventions;
  words: LocaleWords;
}

export const LOCALE_CONFIGS = [
  {
    code: 'en',
    label: 'English',
    htmlLang: 'en',
    direction: 'ltr',
    docfxSuffixes: ['en'],
    dates: DEFAULT_DATE_CONVENTIONS,
    words: {
      facts: {phase: ['Phase'], primaryRole: ['Primary Role'], appliesTo: ['Applies To']},
      pluralFacts: {primaryRole: ['Primary Roles']},
    },
  },
  {
    code: 'de',
    label: 'Deutsch',
    htmlLang: 'de',
    direction: 'ltr',
    docfxSuffixes: ['de'],
    dates: DEFAULT_DATE_CONVENTIONS,
    words: {
      callouts: {note: ['HINWEIS'], tip: ['TIPP'], important: ['WICHTIG'], warning: ['WARNUNG'], caution: ['VORSICHT']},
      facts: {phase: ['Phase'], primaryRole: ['Primäre Rolle'], appliesTo: ['Gilt für']},
      pluralFacts: {primaryRole: ['Primäre Rollen']},
    },
  },
  {
    code: 'es',
    label: 'Español',
    htmlLang: 'es',
    direction: 'ltr',
    docfxSuffixes: ['es'],
    dates: DEFAULT_DATE_CONVENTIONS,
    // The Spanish edition keeps DocFX's English callout markers.
    words: {
      facts: {phase: ['Fase'], primaryRole: ['Rol principal'], appliesTo: ['Aplicar a', 'Aplica a']},
      pluralFacts: {primaryRole: ['Roles principales']},
    },
  },
  {
    code: 'ja',
    label: '日本語',
    htmlLang: 'ja',
    direction: 'ltr',
    docfxSuffixes: ['jp', 'ja'],
    dates: DEFAULT_DATE_CONVENTIONS,
    // The Japanese edition keeps DocFX's English callout markers.
    words: {
      facts: {phase: ['フェーズ'], primaryRole: ['主な役割'], appliesTo: ['適用対象']},
    },
  },
] as const satisfies readonly LocaleConfig[];

export type Locale = (typeof LOCALE_CONFIGS)[number]['code'] | (string & {});

export const LOCALES: readonly Locale[] = LOCALE_CONFIGS.map((l) => l.code);
export const DEFAULT_LOCALE: Locale = LOCALE_CONFIGS[0].code;

/**
 * The entry of a locale code. A code with no entry (a site configured elsewhere, a test) reads
 * as itself: its code is its file suffix and `lang`, with the default date conventions and no
 * translated words.
 */
export function localeConfig(code: string, configs: readonly LocaleConfig[] = LOCALE_CONFIGS): LocaleConfig {
  return configs.find((c) => c.code === code) ?? {
    code, label: code, htmlLang: code, direction: 'ltr', docfxSuffixes: [code], dates: DEFAULT_DATE_CONVENTIONS, words: {},
  };
}

/** The entries of some locale codes, in order (see {@link localeConfig}). */
export function localeConfigs(codes: readonly string[], configs: readonly LocaleConfig[] = LOCALE_CONFIGS): LocaleConfig[] {
  return codes.map((code) => localeConfig(code, configs));
}
