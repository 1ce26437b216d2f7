import {describe, expect, test} from 'vitest';
import {anchorsOf, resolveAnchor} from '../anchors';
import {parsePage} from '../parsePage';

const anchors = (markdown: string) => anchorsOf(parsePage(markdown));

describe('page anchors', () => {
  test('headings get the IDs Docusaurus gives them: slugged text, {#id} where written, numbered repeats; the H1 none', () => {
    const page = anchors('# Title\n\n## FTOP Tasks\n\n## Exit criteria {#exit}\n\n### Notes\n\n### Notes\n\n## 必須 タスク\n\n## Zero\u200Bwidth');
    expect(page.headings).toEqual([
      {depth: 1, id: 'title'},
      {depth: 2, id: 'ftop-tasks'},
      {depth: 2, id: 'exit'},
      {depth: 3, id: 'notes'},
      {depth: 3, id: 'notes-1'},
      {depth: 2, id: '必須-タスク'},
      {depth: 2, id: 'zerowidth'},
    ]);
    expect(page.ids.has('title')).toBe(false);
    expect(page.ids.has('exit')).toBe(true);
  });

  test('well-formed task rows and HTML anchors are anchors too; malformed rows are not', () => {
    const page = anchors(
      '<a name="legacy"></a>\n\n| Task ID | Task name | (M)andatory / (O)ptional | Role |\n|---|---|---|---|\n| 3988 | Enable | M | Partner |\n| 42 | Broken | X | Partner |\n',
    );
    expect([...page.ids].sort()).toEqual(['legacy', 'task-3988']);
  });
});

describe('a #fragment carried into another language', () => {
  const english = anchors('# Gaps\n\n## FTOP Tasks\n\n### Detail\n\n## Only here');
  test('the same ID is kept', () => {
    expect(resolveAnchor('exit', english, anchors('# X\n\n## Y {#exit}'))).toEqual({status: 'found'});
  });
  test('else the heading at the same place, under the same outline', () => {
    expect(resolveAnchor('ftop-tasks', english, anchors('# Lagunas\n\n## Tareas de FTOP\n\n### Detalle'))).toEqual({status: 'moved', id: 'tareas-de-ftop'});
    expect(resolveAnchor('detail', english, anchors('# Lagunas\n\n## Tareas de FTOP\n\n### Detalle'))).toEqual({status: 'moved', id: 'detalle'});
  });
  test('else missing: no heading there, another outline, or no such ID where it was written', () => {
    expect(resolveAnchor('only-here', english, anchors('# Lagunas\n\n## Tareas de FTOP\n\n### Detalle'))).toEqual({status: 'missing'});
    expect(resolveAnchor('detail', english, anchors('# Lagunas\n\n## Tareas de FTOP\n\n## Detalle'))).toEqual({status: 'missing'});
    expect(resolveAnchor('nowhere', english, anchors('# Lagunas\n\n## Tareas de FTOP'))).toEqual({status: 'missing'});
    expect(resolveAnchor('ftop-tasks', null, anchors('# Lagunas\n\n## Tareas de FTOP'))).toEqual({status: 'missing'});
    // The H1 is the page's title and has no anchor, in any language.
    expect(resolveAnchor('gaps', english, anchors('# Lagunas\n\n## Tareas de FTOP'))).toEqual({status: 'missing'});
  });
});
