import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_LOCALE, LOCALES} from '../../src/playbook/locales';
import {findDrift, formatDriftReport} from './drift';
import {lintContent} from './lint';
import {FORMAT_NAMES, FORMATS, isFormat, type Format} from './formats';

const USAGE = `Usage: npm run lint:content [-- [--format ${FORMAT_NAMES.join('|')}] [--output FILE] [--drift] [--site DIR] [paths…]]
  paths     lint only these .md files (default: all content in every locale)
  --format  text (default): one line per finding; github: annotations on a pull request's diff;
            json: an array of findings; sarif: SARIF 2.1.0 for code scanning
  --output  write the findings to FILE instead of printing them
  --drift   report tasks that differ between the locales of a page instead of linting
  --site    the site to check (default: this repository)
Exit status: 1 when any finding is an error, 2 when the linter cannot run.`;

/** The value of `--name value` or `--name=value`; moves `i` past it. */
function optionValue(argv: string[], i: {at: number}, name: string): string {
  const arg = argv[i.at]!;
  if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  const value = argv[++i.at];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value\n${USAGE}`);
  return value;
}

/** Prints (or writes) the findings in the chosen format; exit 1 on any error. */
async function main(argv: string[]): Promise<number> {
  let siteDir = path.resolve(__dirname, '../..');
  let drift = false;
  let format: Format = 'text';
  let output: string | null = null;
  const paths: string[] = [];
  for (const i = {at: 0}; i.at < argv.length; i.at++) {
    const arg = argv[i.at]!;
    const name = arg.split('=')[0]!;
    if (arg === '--drift') drift = true;
    else if (name === '--site') siteDir = path.resolve(optionValue(argv, i, name));
    else if (name === '--output') output = path.resolve(optionValue(argv, i, name));
    else if (name === '--format') {
      const value = optionValue(argv, i, name);
      if (!isFormat(value)) throw new Error(`unknown format "${value}"; use one of ${FORMAT_NAMES.join(', ')}`);
      format = value;
    } else if (arg === '--help' || arg === '-h') return (console.log(USAGE), 0);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else paths.push(path.resolve(arg));
  }

  if (drift) {
    process.stdout.write(formatDriftReport(findDrift(siteDir, LOCALES, DEFAULT_LOCALE)));
    return 0;
  }
  const findings = await lintContent({siteDir, paths});
  const text = FORMATS[format](findings);
  if (output) {
    fs.mkdirSync(path.dirname(output), {recursive: true});
    fs.writeFileSync(output, text);
  } else {
    process.stdout.write(text);
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`lint:content: ${error.message}`);
    process.exit(2);
  },
);
