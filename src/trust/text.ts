/**
 * Characters that never belong in a page: NUL and other control characters (binary data, or a
 * file saved in UTF-16), and U+FFFD, the replacement character a decoder puts where a file was
 * not valid UTF-8 (or where an earlier conversion already damaged it). Left alone they flow
 * into titles, the catalog and `tasks.json`.
 */

export interface TextFinding {
  line: number;
  column: number;
  message: string;
}

/** Tab, line feed, form feed and carriage return are text; every other C0/C1 control is not. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

function placeOf(text: string, index: number): {line: number; column: number} {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return {line, column: index - before.lastIndexOf('\n')};
}

const hex = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first control character and the first replacement character, each with its place and count. */
export function checkCharacters(text: string): TextFinding[] {
  const findings: TextFinding[] = [];
  const control = CONTROL.exec(text);
  if (control) {
    const count = text.match(new RegExp(CONTROL.source, 'g'))!.length;
    findings.push({
      ...placeOf(text, control.index),
      message: `The file holds ${count === 1 ? 'a control character' : `${count} control characters`} (${count === 1 ? '' : 'first '}${hex(control[0])}${control[0] === '\u0000' ? ', NUL' : ''}), which ${count === 1 ? 'is' : 'are'} not text. Save the file as UTF-8 text and remove ${count === 1 ? 'it' : 'them'}.`,
    });
  }
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0) {
    const count = text.split('\uFFFD').length - 1;
    findings.push({
      ...placeOf(text, replaced),
      message: `The file holds ${count === 1 ? 'a replacement character' : `${count} replacement characters`} (U+FFFD, shown as �): it is not valid UTF-8, or was damaged when converted. Save it as UTF-8 and retype the damaged characters.`,
    });
  }
  return findings;
}
