import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import remarkFrontMatterDiagnostics from '..';
import {processMarkdown} from '../../../../tests/support/markdown';

const site = path.resolve(__dirname, '../../../..');
const file = (name: string) => path.join(site, 'docs/x', name);

describe('remark front-matter diagnostics', () => {
  test('unknown keys become warnings on the page, with the same lines the linter prints', async () => {
    const md = '---\ntitle: X\nms.dat: 1/29/2020\n---\n\n# X\n';
    const {output, diagnostics} = await processMarkdown(md, file('unknown.md'), [remarkFrontMatterDiagnostics]);
    expect(output).toBe(md);
    expect(diagnostics).toEqual([
      'docs/x/unknown.md:3:1  warning  Unknown front-matter key "ms.dat" (did you mean "ms.date"?); nothing uses it. Remove it or correct its name.  front-matter-unknown-key',
    ]);
  });

  test('errors are reported too (the linter has no parseFrontMatter hook to fail)', async () => {
    const {diagnostics} = await processMarkdown('---\ntitle: A: B\n---\n# X\n', file('yaml.md'), [remarkFrontMatterDiagnostics]);
    expect(diagnostics).toEqual([expect.stringMatching(/^docs\/x\/yaml\.md:2:8 {2}error {2}Front matter is not valid YAML: .* {2}front-matter-yaml$/)]);
  });

  test('the seed pages have no findings', async () => {
    const seed = path.join(site, 'i18n/de/docusaurus-plugin-content-docs/current/lifecycle/remediate/remediate-address-technical-gaps.md');
    const {diagnostics} = await processMarkdown(fs.readFileSync(seed, 'utf8'), seed, [remarkFrontMatterDiagnostics]);
    expect(diagnostics).toEqual([]);
  });
});
