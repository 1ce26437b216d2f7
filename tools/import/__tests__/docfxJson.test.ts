import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {tempTrees} from '../../../tests/support/tempTree';
import {docfxRole, findDocfxJson, readDocfxJson} from '../docfxJson';
import {scanFolder} from '../sourceFolder';

const REPO = path.join(__dirname, '__fixtures__/docfx-repo');
const folderWith = tempTrees('docfx-');

describe('docfx.json', () => {
  test('is found in the folder or a parent, and decides content, resource and exclusion per file', () => {
    const file = findDocfxJson(path.join(REPO, 'playbook/plan'));
    expect(file).toBe(path.join(REPO, 'docfx.json'));
    const config = readDocfxJson(file!);
    const role = (rel: string) => docfxRole(config, path.join(REPO, rel));
    expect(role('playbook/index.md')).toEqual({kind: 'content'});
    expect(role('playbook/toc--partner.yml')).toEqual({kind: 'content'});
    expect(role('playbook/media/overview.png')).toEqual({kind: 'resource'});
    expect(role('playbook/includes/feedback.md')).toEqual({kind: 'excluded', pattern: '**/includes/**'});
    expect(role('playbook/archive/old-rollout.md')).toEqual({kind: 'excluded', pattern: '**/archive/**'});
    expect(role('playbook/notes.txt')).toEqual({kind: 'unlisted'});
    expect(role('playbook-de/includes/nur-deutsch.md')).toEqual({kind: 'excluded', pattern: '**/includes/**'});
  });

  test('a folder without one has none', () => {
    expect(findDocfxJson(folderWith({'a.md': '# A\n'}))).toBeNull();
  });

  test('a docfx.json that is not DocFX\'s JSON is a clear error', () => {
    const broken = folderWith({'docfx.json': '{"build": ', 'a.md': '# A\n'});
    expect(() => scanFolder(broken)).toThrow(/docfx.json is not valid JSON .*fix it, or remove it/);
    const noBuild = folderWith({'docfx.json': '{"metadata": []}', 'a.md': '# A\n'});
    expect(() => scanFolder(noBuild)).toThrow(/has no "build" section/);
  });
});

describe('the import scan', () => {
  test('follows docfx.json: excluded files that pages include are include files, the rest stay out with the reason', () => {
    const scan = scanFolder(path.join(REPO, 'playbook'));
    expect(scan.docfx).toBe('../docfx.json');
    expect(scan.pages).toEqual(['index.md', 'plan/internal-escalation.md', 'plan/plan-rollout-partner.md']);
    // Nested: contact.md is included by feedback.md, not by a page.
    expect(scan.partials).toEqual(['includes/feedback.md', 'includes/nested/contact.md']);
    expect(scan.tocs).toEqual([{file: 'toc--internal.yml', audience: 'internal'}, {file: 'toc--partner.yml', audience: 'partner'}]);
    expect(scan.assets).toEqual(['media/contact.png', 'media/feedback-form.pdf', 'media/feedback.png', 'media/overview.png', 'plan/media/step-one.png']);
    expect(scan.skipped).toEqual([
      {file: 'archive/old-rollout.md', reason: 'excluded by docfx.json ("**/archive/**"), and no page includes it'},
      {file: 'notes.txt', reason: 'in neither "content" nor "resource" of docfx.json'},
    ]);
    // Each Markdown file is parsed once, and only those the import takes.
    expect([...scan.trees.keys()].sort()).toEqual([...scan.pages, ...scan.partials].sort());
  });

  test('without docfx.json, included files are include files whatever their folder is called', () => {
    const folder = folderWith({
      'page.md': '# Page\n\n[!INCLUDE [f](shared-bits/footer.md)]\n',
      'shared-bits/footer.md': 'Footer [!INCLUDE [n](~/shared-bits/nested.md)]\n',
      'shared-bits/nested.md': 'nested\n',
      '_drafts/idea.md': '# Idea\n',
      'lonely.md': '# Lonely\n',
    });
    const scan = scanFolder(folder);
    expect(scan.pages).toEqual(['lonely.md', 'page.md']);
    expect(scan.partials).toEqual(['_drafts/idea.md', 'shared-bits/footer.md', 'shared-bits/nested.md']);
    expect(scan.docfx).toBeNull();
  });
});
