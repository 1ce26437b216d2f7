import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {findOrphanTranslations} from '..';

const DE = 'i18n/de/docusaurus-plugin-content-docs/current';
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'playbook-parity-'));
afterAll(() => fs.rmSync(site, {recursive: true, force: true}));

function write(rel: string, text = '# Page\n'): void {
  fs.mkdirSync(path.dirname(path.join(site, rel)), {recursive: true});
  fs.writeFileSync(path.join(site, rel), text);
}

test('translation-only include files are no orphans; translation-only pages are', () => {
  write('docs/guide/page.md');
  write(`${DE}/guide/page.md`);
  write(`${DE}/guide/_includes/nur-deutsch.md`);
  write(`${DE}/guide/_note.md`);
  // An include folder a DocFX import recorded, whatever its name.
  write(`${DE}/guide/includes/fusszeile.md`);
  write('imports/de.json', JSON.stringify({locale: 'de', from: 'x', pages: [], files: {}, includeFolders: ['guide/includes']}));
  write(`${DE}/guide/verwaist.md`);
  write(`${DE}/guide/includes-not/verwaist.md`);

  expect(findOrphanTranslations(site, ['en', 'de'], 'en').sort()).toEqual([
    `${DE}/guide/includes-not/verwaist.md`,
    `${DE}/guide/verwaist.md`,
  ]);
});
