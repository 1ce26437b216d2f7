/**
 * No module imports a module on a higher layer. The layers, bottom to top, are encoded here
 * once (CONTRIBUTING.md, "Layers", describes them); a module in a folder no layer names fails
 * the test, so a new folder gets its place on purpose.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** Folder prefixes per layer, bottom first. A module may import its own layer and those below. */
const LAYERS = [
  {name: 'grammar', folders: ['src/playbook/', 'src/diagnostics/', 'src/trust/']},
  {name: 'content', folders: ['src/content/']},
  {name: 'extractors', folders: ['src/frontmatter/', 'src/source/', 'src/tasks/', 'src/blockers/', 'src/updates/', 'src/translations/', 'src/audience/', 'src/pageIndex/']},
  {name: 'pipeline', folders: ['src/remark/', 'src/rehype/']},
  {name: 'site', folders: ['src/plugins/', 'src/search/', 'src/components/', 'src/theme/', 'src/pages/', 'src/css/']},
  {name: 'tools and tests', folders: ['tools/', 'bench/', 'tests/', '']},
] as const;

const TEST_FILE = /(^|\/)(__tests__|__fixtures__)\/|\.test\.tsx?$/;

/** A module's layer index; tests count as the top layer wherever they live. */
function layerOf(file: string): number {
  if (TEST_FILE.test(file)) return LAYERS.length - 1;
  const index = LAYERS.findIndex((layer) => layer.folders.some((folder) => (folder === '' ? !file.includes('/') : file.startsWith(folder))));
  if (index < 0) throw new Error(`${file} is in no layer; add its folder to LAYERS in tests/unit/layers.test.ts and to CONTRIBUTING.md.`);
  return index;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.cjs', '.mjs', '/index.ts', '/index.tsx', '/index.js'];

/** The repository file an import names, or null for packages and aliases of Docusaurus. */
function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('.')) base = path.join(path.dirname(from), specifier);
  else if (specifier.startsWith('@site/')) base = specifier.slice('@site/'.length);
  else return null;
  const found = EXTENSIONS.map((ext) => path.posix.normalize(base + ext)).find((candidate) => fs.statSync(path.join(ROOT, candidate), {throwIfNoEntry: false})?.isFile());
  if (!found) throw new Error(`${from} imports "${specifier}", which names no file.`);
  return found;
}

interface Edge {
  from: string;
  to: string;
}

function importEdges(): Edge[] {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx', '*.mjs', '*.cjs'], {cwd: ROOT, encoding: 'utf8'})
    .split('\n')
    .filter((file) => file && fs.existsSync(path.join(ROOT, file)));
  return files.flatMap((from) => {
    const {importedFiles} = ts.preProcessFile(fs.readFileSync(path.join(ROOT, from), 'utf8'), true, true);
    return importedFiles.flatMap(({fileName}) => {
      const to = resolveImport(from, fileName);
      return to ? [{from, to}] : [];
    });
  });
}

describe('layers', () => {
  const edges = importEdges();

  it('reads the imports of every module, relative and @site/ alike', () => {
    expect(edges).toContainEqual({from: 'src/remark/index.ts', to: 'src/playbook/locales.ts'});
    expect(edges.some((e) => e.from.startsWith('src/components/') && e.to.startsWith('src/playbook/'))).toBe(true);
  });

  it('puts a module in a layer by its folder, and tests on top wherever they live', () => {
    expect(LAYERS[layerOf('src/playbook/tasks.ts')]!.name).toBe('grammar');
    expect(LAYERS[layerOf('src/remark/callouts/index.ts')]!.name).toBe('pipeline');
    expect(LAYERS[layerOf('src/remark/callouts/__tests__/index.test.ts')]!.name).toBe('tools and tests');
    expect(LAYERS[layerOf('docusaurus.config.ts')]!.name).toBe('tools and tests');
    expect(() => layerOf('src/newfolder/x.ts')).toThrow(/in no layer/);
  });

  it('no module imports a module on a higher layer', () => {
    const upward = edges
      .filter((e) => layerOf(e.to) > layerOf(e.from))
      .map((e) => `${e.from} (${LAYERS[layerOf(e.from)]!.name}) imports ${e.to} (${LAYERS[layerOf(e.to)]!.name})`);
    expect(upward).toEqual([]);
  });
});
