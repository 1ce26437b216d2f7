/**
 * `npm run import -- <locale> <folder>`: imports a DocFX playbook folder as a locale's content.
 * Prints a summary; exits 1 (changing nothing) on a usage error or a file it would overwrite.
 */
import path from 'node:path';
import {ImportError, importPlaybook} from './importPlaybook';
import {formatSummary} from './summary';

const siteDir = path.resolve(__dirname, '../..');
const [locale, folder, ...rest] = process.argv.slice(2);

if (!locale || !folder || rest.length > 0) {
  console.error('Usage: npm run import -- <locale> <folder>\n  e.g. npm run import -- de ../shared/corpus/fasttrack-playbook/german-playbook');
  process.exit(1);
}
try {
  // npm runs scripts from the package root; resolve the folder from where the command was typed.
  const from = path.resolve(process.env.INIT_CWD ?? process.cwd(), folder);
  console.log(formatSummary(importPlaybook({siteDir, locale, folder: from})));
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`import: ${error.message}`);
  process.exit(1);
}
