import {describe, expect, test} from 'vitest';
import {
  DEFAULT_LOCALE, LOCALES, LOCALE_CONFIGS, expectedDateForms, knownCalloutMarkers, localeConfig, parseLegacyName,
  parsePlaybookDate, readCalloutMarker, readFactLine, type LocaleConfig,
} from '..';

/** A language no edition of the playbook has: everything it needs is this entry. */
const KLINGON: LocaleConfig = {
  code: 'tlh',
  label: 'tlhIngan Hol',
  htmlLang: 'tlh',
  direction: 'ltr',
  docfxSuffixes: ['kl'],
  dates: {slash: 'day-first', dotted: 'day-first'},
  words: {callouts: {warning: ['YIQIM']}, facts: {primaryRole: ["Qu' Da"]}, pluralFacts: {primaryRole: ["Qu'mey Da"]}},
};
const WITH_KLINGON = [...LOCALE_CONFIGS, KLINGON];

describe('locale entries', () => {
  test('the default locale comes first; codes and DocFX suffixes are unique', () => {
    expect(DEFAULT_LOCALE).toBe(LOCALES[0]);
    expect(new Set(LOCALES).size).toBe(LOCALES.length);
    const suffixes = LOCALE_CONFIGS.flatMap((l) => l.docfxSuffixes);
    expect(new Set(suffixes).size).toBe(suffixes.length);
  });

  test('every edition in ../shared is configured, with the suffix its files use', () => {
    expect(LOCALES).toEqual(['en', 'de', 'es', 'ja']);
    expect(parseLegacyName('remediate-address-technical-gaps-partner-jp.md')).toEqual({page: 'remediate-address-technical-gaps', locale: 'ja', audience: 'partner'});
    expect(parseLegacyName('x-partner-ja.md').locale).toBe('ja');
    expect(parseLegacyName('x-partner-es.md').locale).toBe('es');
  });

  test('a code with no entry reads as itself', () => {
    expect(localeConfig('fr')).toMatchObject({code: 'fr', htmlLang: 'fr', docfxSuffixes: ['fr'], words: {}});
    expect(parseLegacyName('x-fr.md', ['en', 'fr']).locale).toBe('fr');
  });

  test('a suffix that is not the code maps to the code', () => {
    expect(parseLegacyName('x-partner-kl.md', ['en', 'tlh'])).toMatchObject({page: 'x-partner-kl', locale: null});
    // Configured by a site's own entries: localeConfig looks them up.
    expect(localeConfig('tlh', WITH_KLINGON).docfxSuffixes).toEqual(['kl']);
  });
});

describe('words are data', () => {
  test('translated callout markers come from the entries; DocFX markers work everywhere', () => {
    expect(readCalloutMarker('[!HINWEIS]')?.kind).toBe('note');
    expect(readCalloutMarker('[!YIQIM]')?.kind).toBeNull();
    expect(readCalloutMarker('[!yiqim] careful', WITH_KLINGON)).toMatchObject({kind: 'warning', marker: 'YIQIM', length: 8});
    expect(readCalloutMarker('[!NOTE]', [KLINGON])?.kind).toBe('note');
    expect(knownCalloutMarkers([KLINGON])).toContain('[!WARNING]/[!YIQIM]');
    // Any script: a Japanese marker is read as a marker (unknown until an entry names it).
    expect(readCalloutMarker('[!注意]')).toMatchObject({kind: null, marker: '注意'});
  });

  test.each([
    ['Rol principal: **Ingeniero de FastTrack**', 'primaryRole', false],
    ['Roles principales: **SME, FastTrack Manager**', 'primaryRole', true],
    ['Aplicar a: **Todos los servicios**', 'appliesTo', false],
    ['Aplica a: **Exchange**', 'appliesTo', false],
    ['Fase: **Corrección**', 'phase', false],
    ['主な役割: **FastTrack エンジニア**', 'primaryRole', false],
    ['適用対象: **すべてのサービス**', 'appliesTo', false],
    ['フェーズ: **修復**', 'phase', false],
    ['Primäre  Rollen: **SME**', 'primaryRole', true],
    ['Iniciativas: **Get Modern**', null, false],
  ])('%s is a %s fact', (line, kind, plural) => {
    expect(readFactLine(line)).toMatchObject({kind, plural});
  });

  test('an invented language\'s fact labels are its entry\'s', () => {
    expect(readFactLine("Qu' Da: **SoS**")?.kind).toBeNull();
    expect(readFactLine("Qu' Da: **SoS**", WITH_KLINGON)).toMatchObject({kind: 'primaryRole', label: "Qu' Da", plural: false});
    expect(readFactLine("Qu'mey Da: **SoS, vav**", WITH_KLINGON)).toMatchObject({kind: 'primaryRole', plural: true});
  });
});

describe('dates follow the locale\'s conventions', () => {
  test('slash dates are month first unless the entry says otherwise', () => {
    expect(parsePlaybookDate('3/4/2020')?.iso).toBe('2020-03-04');
    expect(parsePlaybookDate('3/4/2020', KLINGON.dates)?.iso).toBe('2020-04-03');
    expect(parsePlaybookDate('13/4/2020', KLINGON.dates)?.iso).toBe('2020-04-13');
    expect(parsePlaybookDate('13/4/2020')).toBeNull();
    expect(parsePlaybookDate('2020-04-13', KLINGON.dates)?.iso).toBe('2020-04-13');
  });

  test('dotted dates are day first unless the entry says otherwise', () => {
    expect(parsePlaybookDate('3.4.2020')?.iso).toBe('2020-04-03');
    expect(parsePlaybookDate('3.4.2020', {slash: 'month-first', dotted: 'month-first'})?.iso).toBe('2020-03-04');
  });

  test('messages name the forms of the locale', () => {
    expect(expectedDateForms(KLINGON.dates)).toBe('YYYY-MM-DD (2020-01-29), D/M/YYYY (29/1/2020) or D.M.YYYY (29.1.2020)');
  });
});
