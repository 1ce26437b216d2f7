/**
 * Run by dates.test.ts in child processes with TZ set: prints what the build derives
 * from playbook dates, so the test can compare time zones.
 */
import {calendarDateOfTimestamp, formatPlaybookDate, parsePlaybookDate} from '../dates';
import {toDocusaurusFrontMatter} from '../../frontmatter/docusaurus';
import remarkHistory from '../../remark/history';
import {processMarkdown} from '../../../tests/support/markdown';

const inputs = JSON.parse(process.argv[2] ?? '[]') as string[];

async function main() {
  const table = `## Refresh Summary\n\n| Date | Who Changed | What Changed |\n| - | - | - |\n${inputs.map((d) => `| ${d} | A | B |`).join('\n')}\n`;
  const {output} = await processMarkdown(table, `${process.cwd()}/docs/tz.md`, [remarkHistory]);
  const results = inputs.map((input) => {
    const iso = parsePlaybookDate(input)?.iso ?? null;
    const lastUpdate = (toDocusaurusFrontMatter({'ms.date': input}, null).last_update as {date: string} | undefined)?.date;
    // As Docusaurus does: last_update.date -> timestamp; then the theme's LastUpdated.
    const timestamp = lastUpdate ? new Date(lastUpdate).getTime() : null;
    const shown = timestamp === null ? null : calendarDateOfTimestamp(timestamp);
    return {input, iso, shown, en: shown && formatPlaybookDate(shown, 'en'), de: shown && formatPlaybookDate(shown, 'de')};
  });
  const history = [...output.matchAll(/date="([\d-]+)"/g)].map((m) => m[1]);
  process.stdout.write(JSON.stringify({
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offsetMinutes: new Date(2020, 0, 29).getTimezoneOffset(),
    results,
    history,
  }));
}

void main();
