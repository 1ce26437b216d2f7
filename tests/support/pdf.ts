/**
 * Reading what Chromium printed: text through poppler's `pdftotext` and page images through
 * `pdftoppm` for the artifacts (Debian's poppler-utils; see systemTools.ts).
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {popplerTool} from './systemTools';

function withTempPdf<T>(pdf: Buffer, body: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'playbook-pdf-'));
  try {
    const file = path.join(dir, 'printed.pdf');
    fs.writeFileSync(file, pdf);
    return body(file, dir);
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

/** The printed text in reading order, one page after another (pages separated by form feeds). */
export function pdfText(pdf: Buffer): string {
  return withTempPdf(pdf, (file) => execFileSync(popplerTool('pdftotext'), ['-layout', '-enc', 'UTF-8', file, '-'], {encoding: 'utf8'}));
}

/** Writes the first `pages` pages as `<outPrefix>-<n>.png`, to look at what was printed. */
export function pdfPageImages(pdf: Buffer, outPrefix: string, pages = 3): void {
  withTempPdf(pdf, (file, dir) => {
    execFileSync(popplerTool('pdftoppm'), ['-png', '-r', '60', '-f', '1', '-l', String(pages), file, path.join(dir, 'page')]);
    fs.mkdirSync(path.dirname(outPrefix), {recursive: true});
    for (const image of fs.readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f))) {
      fs.copyFileSync(path.join(dir, image), `${outPrefix}-${Number(/\d+/.exec(image)![0])}.png`);
    }
  });
}
