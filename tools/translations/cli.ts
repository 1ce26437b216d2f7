import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_LOCALE, LOCALE_CONFIGS, LOCALES} from '../../src/playbook/locales';
import {translationStatus} from '../../src/translations/status';
import {formatTranslationReport} from './report';

const USAGE = `Usage: npm run translations [-- [--all] [--json FILE] [--site DIR]]
  Prints, for every locale, the pages whose translation is outdated, missing or a placeholder,
  or that list tasks differently, with their dates and edit links; writes every page to JSON.
  --all    print up-to-date pages too
  --json   where to write the JSON (default: artifacts/translations.json)
  --site   the site to report on (default: this repository)`;

function main(argv: string[]): number {
  const repoDir = path.resolve(__dirname, '../..');
  let siteDir = repoDir;
  let json = path.join(repoDir, 'artifacts', 'translations.json');
  let all = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return path.resolve(next);
    };
    if (arg === '--all') all = true;
    else if (arg === '--json') json = value();
    else if (arg === '--site') siteDir = value();
    else if (arg === '--help' || arg === '-h') return (console.log(USAGE), 0);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  const report = translationStatus({siteDir, locales: LOCALES, defaultLocale: DEFAULT_LOCALE});
  const labels = Object.fromEntries(LOCALE_CONFIGS.map((l) => [l.code, l.label]));
  process.stdout.write(formatTranslationReport(report, labels, all));
  fs.mkdirSync(path.dirname(json), {recursive: true});
  fs.writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Every page and locale: ${path.relative(process.cwd(), json) || json}`);
  return 0;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (error) {
  console.error(`translations: ${(error as Error).message}`);
  process.exit(2);
}
