import {describe, expect, test} from 'vitest';
import {publishedTypeOf} from '../files';
import {checkImageBytes} from '../images';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082', 'hex');

describe('published file types', () => {
  test.each(['media/x.png', 'x.JPG', 'guide.pdf', 'plan.xlsx', 'deck.pptx', 'bundle.zip', 'notes.txt', 'data.csv', 'diagram.svg'])('%s is published', (name) => {
    expect(publishedTypeOf(name).published).toBe(true);
  });

  test.each([
    ['page.html', 'web document'], ['x.xhtml', 'web document'], ['x.htm', 'web document'], ['feed.xml', 'web document'],
    ['app.js', 'code'], ['run.ps1', 'code'], ['budget.xlsm', 'macros'], ['page.mdx', 'MDX'],
    ['.env', 'hidden file'], ['media/.htaccess', 'hidden file'], ['README', 'not a type the site publishes'], ['x.exe2', 'not a type'],
  ])('%s is refused: %s', (name, reason) => {
    const verdict = publishedTypeOf(name);
    expect(verdict.published).toBe(false);
    expect(!verdict.published && verdict.reason).toContain(reason);
  });

  test('an image is what its extension says', () => {
    expect(checkImageBytes('png', PNG)).toEqual({ok: true});
    expect(checkImageBytes('png', Buffer.from('<html><script>alert(1)</script>'))).toMatchObject({ok: false, reason: 'the file is not a PNG image'});
    expect(checkImageBytes('jpg', PNG)).toMatchObject({ok: false, reason: 'the file is not a JPG image (it is PNG)'});
    expect(checkImageBytes('svg', Buffer.from('<svg><script>x()</script></svg>'))).toMatchObject({ok: false, reason: 'the SVG holds a <script> element', line: 1});
  });
});
