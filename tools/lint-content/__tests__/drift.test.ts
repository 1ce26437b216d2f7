import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {findDrift, formatDriftReport} from '../drift';
import {corpusDir} from '../../../tests/support/corpus';

const SITE = path.join(__dirname, '__drift__');
const DE = 'i18n/de/docusaurus-plugin-content-docs/current';

describe('translation drift', () => {
  test('reports tasks in one locale only and requirements that differ, with file:line', () => {
    expect(formatDriftReport(findDrift(SITE, ['en', 'de'], 'en'))).toBe(
      [
        'Translation drift: 1 page(s) list different tasks in different languages.',
        '',
        '## Review Gaps (en) / Lücken prüfen (de)',
        '   en: docs/process/page.md',
        `   de: ${DE}/process/page.md`,
        '   - Task 1002 "English-only task" is only in en (docs/process/page.md:12); add it to de or remove it from en.',
        `   - Task 1004 "Nur deutsche Aufgabe" is only in de (${DE}/process/page.md:13); add it to en or remove it from de.`,
        `   - Task 1003 is required in en (docs/process/page.md:13) but optional in de (${DE}/process/page.md:12); make the requirement the same in every language.`,
        '',
        '3 task difference(s) on 1 page(s).',
        '',
      ].join('\n'),
    );
  });

  test('pages that agree report no drift', () => {
    const repo = path.resolve(__dirname, '../../..');
    expect(findDrift(repo, ['en', 'de'], 'en')).toEqual([]);
  });

  describe('on real playbook content', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'drift-'));
    afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

    test('the German "Adressieren von technischen Lücken" seed lists tasks the English corpus page does not', () => {
      const corpus = corpusDir();
      const target = 'lifecycle/remediate/remediate-address-technical-gaps.md';
      fs.mkdirSync(path.dirname(path.join(tmp, 'docs', target)), {recursive: true});
      fs.mkdirSync(path.dirname(path.join(tmp, DE, target)), {recursive: true});
      fs.copyFileSync(path.join(corpus, 'english-playbook/remediate-address-technical-gaps-partner.md'), path.join(tmp, 'docs', target));
      fs.copyFileSync(path.resolve(corpus, '../../seeds/remediate-address-technical-gaps-partner-de.md'), path.join(tmp, DE, target));

      const [page] = findDrift(tmp, ['en', 'de'], 'en');
      expect(page?.pages.map((p) => p.title)).toEqual(['Address Technical Gaps', 'Adressieren von technischen Lücken']);
      const germanOnly = page!.onlyIn.filter((o) => o.locale === 'de').map((o) => o.id);
      expect(germanOnly).toEqual(expect.arrayContaining(['3988', '2122', '2271', '3680', '3681']));
      expect(formatDriftReport([page!])).toContain('Task 3988 "AIP - Prüfen der Voraussetzungen" is only in de');
    });

    test('every locale is compared with the default by task ID and requirement: the real Spanish and Japanese pages agree with the English one', () => {
      const corpus = corpusDir();
      const target = 'lifecycle/remediate/remediate-address-technical-gaps.md';
      const dir = fs.mkdtempSync(path.join(tmp, 'es-ja-'));
      const put = (docs: string, from: string, edit: (text: string) => string = (t) => t) => {
        fs.mkdirSync(path.dirname(path.join(dir, docs, target)), {recursive: true});
        fs.writeFileSync(path.join(dir, docs, target), edit(fs.readFileSync(path.join(corpus, from), 'utf8')));
      };
      put('docs', 'english-playbook/remediate-address-technical-gaps-partner.md');
      put('i18n/es/docusaurus-plugin-content-docs/current', 'spanish-playbook/remediate-address-technical-gaps-partner-es.md');
      put('i18n/ja/docusaurus-plugin-content-docs/current', 'japanese-playbook/remediate-address-technical-gaps-partner-jp.md');
      // Every English task is found in Spanish and Japanese too, with the same requirement.
      expect(findDrift(dir, ['en', 'es', 'ja'], 'en')).toEqual([]);

      // One Japanese row made optional, one Spanish row removed: exactly those are reported.
      const [, firstRequired] = /^\|\s*(\d+)\s*\|[^|\n]*\|\s*M\s*\|/m.exec(fs.readFileSync(path.join(corpus, 'japanese-playbook/remediate-address-technical-gaps-partner-jp.md'), 'utf8'))!;
      put('i18n/ja/docusaurus-plugin-content-docs/current', 'japanese-playbook/remediate-address-technical-gaps-partner-jp.md', (t) =>
        t.replace(new RegExp(`^(\\|\\s*${firstRequired}\\s*\\|[^|\\n]*\\|\\s*)M`, 'm'), '$1O'));
      put('i18n/es/docusaurus-plugin-content-docs/current', 'spanish-playbook/remediate-address-technical-gaps-partner-es.md', (t) =>
        t.replace(/^\|\s*3184\s*\|.*\n/m, ''));
      const [page] = findDrift(dir, ['en', 'es', 'ja'], 'en');
      expect(page!.onlyIn.map(({id, locale, missingFrom}) => ({id, locale, missingFrom}))).toEqual([
        {id: '3184', locale: 'en', missingFrom: ['es']},
        {id: '3184', locale: 'ja', missingFrom: ['es']},
      ]);
      expect(page!.requirementDiffers.map((d) => [d.id, d.byLocale.en?.requirement, d.byLocale.es?.requirement, d.byLocale.ja?.requirement])).toEqual([
        [firstRequired, 'required', 'required', 'optional'],
      ]);
    });
  });
});
