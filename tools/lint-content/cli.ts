import path from 'node:path';
import {DEFAULT_LOCALE, LOCALES} from '../../src/playbook/locales';
import {findDrift, formatDriftReport} from './drift';
import {lintContent} from './lint';
import {formatFinding} from './findings';

const USAGE = `Usage: npm run lint:content [-- [--drift] [--site DIR] [paths…]]
  paths     lint only these .md files (default: all content in every locale)
  --drift   report tasks that differ between the locales of a page instead of linting
  --site    the site to check (default: this repository)`;

/** One line per finding; exit 1 on any error. `--drift` prints the translation-drift report. */
async function main(argv: string[]): Promise<number> {
  let siteDir = path.resolve(__dirname, '../..');
  let drift = false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--drift') drift = true;
    else if (arg === '--site') siteDir = path.resolve(argv[++i] ?? '.');
    else if (arg === '--help' || arg === '-h') return (console.log(USAGE), 0);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else paths.push(path.resolve(arg));
  }

  if (drift) {
    process.stdout.write(formatDriftReport(findDrift(siteDir, LOCALES, DEFAULT_LOCALE)));
    return 0;
  }
  const findings = await lintContent({siteDir, paths});
  for (const f of findings) console.log(formatFinding(f));
  const errors = findings.filter((f) => f.severity === 'error').length;
  console.log(`\n${errors} error(s), ${findings.length - errors} warning(s)`);
  return errors > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`lint:content: ${error.message}`);
    process.exit(2);
  },
);
