import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';

/**
 * Throwaway folders of files for one test file: `tempTree({'a/b.md': '# B'})` writes them and
 * returns the folder; every folder goes after each test. Call `tempTrees()` once, at the top level of the test file.
 */
export function tempTrees(prefix = 'tree-'): (files: Record<string, string>) => string {
  const temps: string[] = [];
  afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, {recursive: true, force: true})));
  return (files) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    temps.push(dir);
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
      fs.writeFileSync(path.join(dir, rel), text);
    }
    return dir;
  };
}
