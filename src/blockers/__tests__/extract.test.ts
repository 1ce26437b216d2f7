import {describe, expect, test} from 'vitest';
import {parsePage} from '../../content/parsePage';
import {readBlockerPage} from '../extract';

/**
 * One L2 page's shape, written in each language with its own words: headings, labels and
 * column headers differ, the structure does not. `xx` is a made-up language with invented
 * words and its own callout label; the code knows none of them.
 */
interface Words {
  title: string;
  other: string;
  label: string;
  definition: string;
  validHeading: string;
  invalidHeading: string;
  scenario: string;
  status: string;
  valid: [string, string];
  invalid: string;
  intro: string;
  questions: [string, string];
  workloadHeading: string;
  workload: string;
  workloadQuestion: string;
}

const l2Page = (w: Words, bold = true) => `---
title: ${w.title}
ms.date: 1/29/2020
---

# ${w.title}

> [!IMPORTANT]
> ${bold ? `**${w.label}:** ${w.definition}` : `**${w.label}:**${w.definition}`}

## ${w.validHeading}

| ${w.scenario} | ${w.status} |
| :--: | :--: |
| ${w.valid[0]} | ${w.title} |
| ${w.valid[1]} | ${w.title} |

## ${w.invalidHeading}

| ${w.scenario} | ${w.status} |
| :--: | :--: |
| ${w.invalid} | ${w.other} |

> [!TIP]
> ${w.intro}
>    1. ${w.questions[0]}
>    2. ${w.questions[1]}

## ${w.workloadHeading}

### ${w.workload}

    1. ${w.workloadQuestion}

### ${w.workloadHeading} 2

| a | b | c |
| - | - | - |
| 1 | 2 | 3 |
`;

const LOCALES: Record<string, Words> = {
  en: {
    title: 'Customer IT Infrastructure, Remediation', other: 'IT Change Management and Resourcing', label: 'Definition',
    definition: 'Incompatible VPN devices block adoption.', validHeading: 'Valid Example Scenarios:', invalidHeading: 'Invalid Example Scenarios for this L2:',
    scenario: 'Valid Example Scenario', status: 'Scenario Status', valid: ['The network lacks bandwidth.', 'AD must be merged first.'],
    invalid: 'IT lacks the skills.', intro: 'Questions to ask:', questions: ['Is there enough bandwidth?', 'Does traffic go through a VPN?'],
    workloadHeading: 'Workload-Specific Questions', workload: 'Teams', workloadQuestion: 'Is the customer waiting for Exchange?',
  },
  de: {
    title: 'IT-Infrastruktur des Kunden, Korrektur', other: 'IT-Änderungsmanagement und Ressourcen', label: 'Definition',
    definition: 'Inkompatible VPN-Geräte blockieren die Einführung.', validHeading: 'Gültige Beispielszenarien:', invalidHeading: 'Ungültige Beispielszenarien für diesen L2:',
    scenario: 'Gültiges Beispielszenario', status: 'Szenariostatus', valid: ['Das Netzwerk hat zu wenig Bandbreite.', 'AD muss erst zusammengeführt werden.'],
    invalid: 'Der IT fehlen die Kenntnisse.', intro: 'Fragen an den Kunden:', questions: ['Reicht die Bandbreite?', 'Läuft der Verkehr über ein VPN?'],
    workloadHeading: 'Arbeitsbereichsspezifische Fragen', workload: 'Teams', workloadQuestion: 'Wartet der Kunde auf Exchange?',
  },
  es: {
    title: 'Infraestructura de TI del cliente y corrección', other: 'Administración de cambios y recursos de TI', label: 'Definición',
    definition: 'Los dispositivos VPN incompatibles bloquean la adopción.', validHeading: 'Escenarios válidos de ejemplo:', invalidHeading: 'Escenarios de ejemplo no válidos para este L2:',
    scenario: 'Escenario válido de ejemplo', status: 'Estado de escenario', valid: ['La red no tiene ancho de banda.', 'Primero hay que fusionar AD.'],
    invalid: 'TI no tiene las habilidades.', intro: 'Preguntas para el cliente:', questions: ['¿Hay suficiente ancho de banda?', '¿El tráfico pasa por una VPN?'],
    workloadHeading: 'Preguntas específicas de la carga de trabajo', workload: 'Teams', workloadQuestion: '¿Espera el cliente a Exchange?',
  },
  ja: {
    title: 'お客様の IT インフラストラクチャと展開準備', other: 'IT 変更管理およびリソースの確保', label: '定義',
    definition: '互換性のない VPN デバイスにより導入がブロックされています。', validHeading: '有効なシナリオの例:', invalidHeading: 'この L2 の無効なシナリオの例:',
    scenario: '有効なシナリオの例', status: 'シナリオのステータス', valid: ['ネットワークの帯域幅が足りません。', '先に AD を統合する必要があります。'],
    invalid: 'IT 部門にスキルがありません。', intro: 'お客様への質問:', questions: ['帯域幅は十分ですか。', 'トラフィックは VPN を通りますか。'],
    workloadHeading: 'ワークロード固有の質問', workload: 'Teams', workloadQuestion: 'お客様は Exchange を待っていますか。',
  },
  xx: {
    title: 'Zorvak Nett Brool', other: 'Quemtal Fosh', label: 'Vrinn',
    definition: 'Ogga VPN zib nolt.', validHeading: 'Yark Zenn', invalidHeading: 'Nok Yark Zenn',
    scenario: 'Zenn', status: 'Plim', valid: ['Nett bandwo skee.', 'AD mok vru.'],
    invalid: 'Fosh tukk nolt.', intro: 'Askarr:', questions: ['Bandwo gleb?', 'VPN flink?'],
    workloadHeading: 'Wrokk Askarr', workload: 'Teams', workloadQuestion: 'Exchange vimm?',
  },
};

describe('readBlockerPage reads an L2 page by its structure, in every language', () => {
  test.each(Object.entries(LOCALES))('%s', (_locale, w) => {
    const reading = readBlockerPage(parsePage(l2Page(w)));
    expect(reading?.kind).toBe('l2');
    const page = reading?.kind === 'l2' ? reading.page : null;
    expect(page).toMatchObject({
      title: w.title,
      definition: w.definition,
      questions: w.questions,
      workloads: [{workload: w.workload, questions: [w.workloadQuestion]}],
    });
    expect(page!.scenarios.map((s) => [s.text, s.status, s.valid])).toEqual([
      [w.valid[0], w.title, true],
      [w.valid[1], w.title, true],
      [w.invalid, w.other, false],
    ]);
    expect(page!.scenarios[2]!.statusCell?.position?.start.line).toBe(22);
  });

  test('a label CommonMark does not read as bold (`**定義:**サービス`) is still a label', () => {
    const reading = readBlockerPage(parsePage(l2Page(LOCALES.ja!, false)));
    expect(reading?.kind === 'l2' && reading.page.definition).toBe(LOCALES.ja!.definition);
  });

  test('a language\'s own callout markers, known to no locale entry, are callouts too', () => {
    const page = l2Page(LOCALES.xx!).replace('[!IMPORTANT]', '[!VRANN]').replace('[!TIP]', '[!ZUKK]');
    const reading = readBlockerPage(parsePage(page));
    expect(reading?.kind === 'l2' && [reading.page.definition, reading.page.questions]).toEqual([LOCALES.xx!.definition, LOCALES.xx!.questions]);
  });

  test('a definition without a label is the callout\'s text', () => {
    const page = l2Page(LOCALES.en!).replace('**Definition:** ', '');
    const reading = readBlockerPage(parsePage(page));
    expect(reading?.kind === 'l2' && reading.page.definition).toBe(LOCALES.en!.definition);
  });

  test('the statuses, not the order, tell valid from invalid', () => {
    const w = LOCALES.xx!;
    const swapped = l2Page(w).replace(/## Yark Zenn[\s\S]*?(?=## Nok)/, '').replace('## Wrokk Askarr', `## Yark Zenn\n\n| a | b |\n| - | - |\n| ${w.valid[0]} | ${w.title} |\n\n## Wrokk Askarr`);
    const reading = readBlockerPage(parsePage(swapped));
    expect(reading?.kind === 'l2' && reading.page.scenarios.map((s) => s.valid)).toEqual([false, true]);
  });

  test.each([
    ['no callout under the title', (page: string) => page.replace('> [!IMPORTANT]\n> ', '')],
    ['no two-column table', (page: string) => page.replaceAll('| :--: | :--: |', '| :--: | :--: | :--: |').replace(/\| (Valid|Invalid) Example Scenario \| Scenario Status \|/g, '| $1 | Status | Notes |')],
    ['no title', (page: string) => page.replace(/^# .*$/m, '')],
  ])('a page with %s is no L2 page', (_name, change) => {
    const reading = readBlockerPage(parsePage(change(l2Page(LOCALES.en!))));
    expect(reading?.kind).not.toBe('l2');
  });
});

describe('readBlockerPage reads the L1s a page lists', () => {
  test('an overview: each H1 with its definition and the L2 pages its list links, level codes dropped', () => {
    const overview = `# L1 – Blockiert\n\nDer Kunde ist blockiert.\n\n-  [L2 – IT-Infrastruktur](l1l2l3-blocked-it-de.md)\n    Beschreibung.\n\n-  [Zuverlässigkeit](l1l2l3-blocked-reliability-de.md)\n\n# L1 – Keine Absichten\n\nKeine Absicht.\n\n- [L2 – Wettbewerb](l1l2l3-no-intent-competition-de.md)\n\n# L1 – Dupliziert\n\nNichts verlinkt.\n`;
    expect(readBlockerPage(parsePage(overview))).toEqual({
      kind: 'listing',
      levels: [
        {name: 'Blockiert', definition: 'Der Kunde ist blockiert.', ownPage: false, links: ['l1l2l3-blocked-it-de.md', 'l1l2l3-blocked-reliability-de.md']},
        {name: 'Keine Absichten', definition: 'Keine Absicht.', ownPage: false, links: ['l1l2l3-no-intent-competition-de.md']},
      ],
    });
  });

  test('an L1 page: its title, definition callout and linked H2s', () => {
    const l1 = `# ブロック\n\n> [!IMPORTANT]\n> **定義:** お客様はブロックされています。\n\n## エンタイトルメント\n\n| a | b | c |\n| - | - | - |\n| 1 | 2 | 3 |\n\n## [L2 - アプリの互換性](l1l2l3-blocked-app-compatibility-jp.md)\n\n説明。\n`;
    expect(readBlockerPage(parsePage(l1))).toEqual({
      kind: 'listing',
      levels: [{name: 'ブロック', definition: 'お客様はブロックされています。', ownPage: true, links: ['l1l2l3-blocked-app-compatibility-jp.md']}],
    });
  });

  test('a page that lists nothing is no blocker page', () => {
    expect(readBlockerPage(parsePage('# Title\n\nText with a [link](x.md).\n'))).toBeNull();
  });
});
