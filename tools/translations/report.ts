import type {LocaleStatus, PageStatus, TranslationReport, TranslationState} from '../../src/translations/status';

const STATE_WORDS: Record<TranslationState, string> = {
  outdated: 'outdated',
  missing: 'missing',
  placeholder: 'placeholder',
  'up-to-date': 'up to date',
};

/** "1 outdated, 2 missing, 0 placeholder, 5 up to date" */
export function formatTotals(totals: Record<TranslationState, number>): string {
  return (Object.keys(STATE_WORDS) as TranslationState[]).map((state) => `${totals[state]} ${STATE_WORDS[state]}`).join(', ');
}

function needsWork(status: LocaleStatus): boolean {
  return status.state !== 'up-to-date' || status.taskDrift > 0;
}

function describe(page: PageStatus, status: LocaleStatus, defaultLocale: string): string {
  const reference = page.locales.find((l) => l.locale === defaultLocale)!;
  const facts = [
    status.state === 'missing' ? null : `${status.locale} ${status.updated ?? 'undated'}`,
    status.locale === defaultLocale ? null : `${defaultLocale} ${reference.updated ?? 'undated'}`,
    status.taskDrift > 0 ? `${status.taskDrift} task(s) differ` : null,
  ].filter(Boolean);
  const verb = status.state === 'missing' ? 'create' : 'edit';
  return `  ${STATE_WORDS[status.state].padEnd(11)}  ${page.source}  (${facts.join('; ')})\n               ${verb}: ${status.editUrl}`;
}

/**
 * What a translator acts on: per locale, its totals, then each page that is not up to date or
 * lists tasks differently (with `all`, every page), with its dates and edit link.
 */
export function formatTranslationReport(report: TranslationReport, labels: Record<string, string> = {}, all = false): string {
  const name = (locale: string) => (labels[locale] ? `${locale} (${labels[locale]})` : locale);
  const lines = [`Translation status: ${report.pages.length} page(s); ${name(report.defaultLocale)} is the original.`, ''];
  for (const locale of report.locales) {
    const statuses = report.pages.map((page) => ({page, status: page.locales.find((l) => l.locale === locale)!}));
    const drifting = statuses.filter(({status}) => status.taskDrift > 0).length;
    lines.push(`${name(locale)}: ${formatTotals(report.totals[locale]!)}${locale === report.defaultLocale ? '' : `; ${drifting} page(s) with task drift`}`);
    for (const {page, status} of statuses) if (all || needsWork(status)) lines.push(describe(page, status, report.defaultLocale));
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
