import path from 'node:path';
import {lintContent} from './lint';
import {formatFinding} from './findings';

/** `npm run lint:content [paths…]`: one line per finding; exit 1 on any error. */
async function main(argv: string[]): Promise<number> {
  const paths = argv.filter((a) => !a.startsWith('--'));
  const siteDir = path.resolve(__dirname, '../..');
  const findings = await lintContent({siteDir, paths: paths.map((p) => path.resolve(p))});
  for (const f of findings) console.log(formatFinding(f));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  console.log(`\n${errors} error(s), ${warnings} warning(s)`);
  return errors > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`lint:content: ${error.message}`);
    process.exit(2);
  },
);
