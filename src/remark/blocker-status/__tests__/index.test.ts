import path from 'node:path';
import {describe} from 'vitest';
import remarkBlockerStatus from '..';
import {testFixturePages} from '../../../../tests/support/fixtures';

const siteDir = path.join(__dirname, '__fixtures__/site');
const EN = 'src/remark/blocker-status/__tests__/__fixtures__/site/docs/blockers/network.md';
const DE = 'src/remark/blocker-status/__tests__/__fixtures__/site/i18n/de/docusaurus-plugin-content-docs/current/blockers/network.md';
const unknown = (file: string, line: number, column: number, status: string) =>
  `${file}:${line}:${column}  warning  Scenario status "${status}" names no L2 page of this site, so it is shown as text. Write the title (H1) of the L2 page it means, or add that page.  blocker-status`;

describe('remark blocker-status', () => {
  testFixturePages({
    testDir: __dirname,
    siteDir,
    plugins: [[remarkBlockerStatus, {siteDir, locales: ['en', 'de'], defaultLocale: 'en'}]],
    expected: {
      'en/blockers/network.md': [unknown(EN, 18, 41, 'Budget Freeze')],
      'de/blockers/network.md': [unknown(DE, 17, 47, 'Budgetstopp')],
    },
  });
});
