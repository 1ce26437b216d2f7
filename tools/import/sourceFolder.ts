import fs from 'node:fs';
import path from 'node:path';
import {isPartial} from '../../src/content/contentTree';

/** A DocFX folder's files, folder-relative with `/` separators. */
export interface SourceFolder {
  pages: string[];
  /** The root `toc.yml`, if any. */
  toc: string | null;
  /** Media, include files (`_includes/x.md`: no pages, and INCLUDE names them exactly) and other files, copied as they are. */
  assets: string[];
  /** Files not imported, with the reason. */
  skipped: {file: string; reason: string}[];
}

const PAGE = /\.md$/i;
const TOC = /^toc\.(yml|yaml|md)$/i;

export function scanFolder(folder: string): SourceFolder {
  const result: SourceFolder = {pages: [], toc: null, assets: [], skipped: []};
  const files = fs.readdirSync(folder, {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (file.split('/').some((part) => part.startsWith('.'))) {
      result.skipped.push({file, reason: 'hidden file'});
    } else if (TOC.test(name)) {
      if (file === name && /\.ya?ml$/i.test(name) && result.toc === null) result.toc = file;
      else result.skipped.push({file, reason: 'only the folder\'s own toc.yml becomes the sidebar'});
    } else if (PAGE.test(name) && !isPartial(file)) {
      result.pages.push(file);
    } else {
      result.assets.push(file);
    }
  }
  return result;
}
