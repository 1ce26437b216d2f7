import {describe, expect, test} from 'vitest';
import {escapeAttribute, escapeHtml, jsonForScript} from '../escape';

describe('escaping per context', () => {
  test('HTML text and attribute values', () => {
    expect(escapeHtml('a < b && c > "d"')).toBe('a &lt; b &amp;&amp; c &gt; "d"');
    expect(escapeAttribute(`" onload='x'<>&`)).toBe('&quot; onload=&#39;x&#39;&lt;&gt;&amp;');
  });

  test.each([
    ['</script><script>window.__pwned=1</script>'],
    ['<!--<script>'],
    ['</SCRIPT >'],
    ['a\u2028b\u2029c'],
  ])('JSON inside <script>: %j cannot close the element and reads back the same', (text) => {
    const json = jsonForScript({name: text, items: [{name: text}]});
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({name: text, items: [{name: text}]});
  });
});
