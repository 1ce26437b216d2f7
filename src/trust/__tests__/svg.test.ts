import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {inspectSvg} from '../svg';

const wrap = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>\n${inner}\n</svg>`;

describe('SVG: only passive pictures are published', () => {
  test.each([
    ['the site\'s favicon', fs.readFileSync(path.resolve(__dirname, '../../../static/img/favicon.svg'), 'utf8')],
    ['shapes, gradients, text and an inner <use>', wrap('<defs><linearGradient id="g"><stop offset="0"/></linearGradient><symbol id="s"><path d="M0 0h1"/></symbol></defs><use href="#s"/><use xlink:href="#s"/><rect fill="url(#g)" width="2" height="2"/><text>Step 1 &lt;script&gt;</text>')],
    ['a style sheet without outside references', wrap('<style>.a{fill:#333;filter:url(#f)}</style><filter id="f"><feGaussianBlur stdDeviation="1"/></filter><rect class="a" style="stroke:url(#g)"/>')],
    ['an embedded raster picture (diagram exports)', wrap('<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>')],
    ['an XML declaration and comments', `<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported -->\n${wrap('<title>Diagram</title><desc>x</desc>')}`],
    ['editor metadata', wrap('<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata><sodipodi:namedview xmlns:sodipodi="x" pagecolor="#fff"/>')],
  ])('%s is passive', (_name, svg) => {
    expect(inspectSvg(svg)).toEqual({passive: true});
  });

  test.each([
    ['<script>', wrap('<script>window.__pwned=1</script>'), 'a <script> element'],
    ['a namespaced script', wrap('<x:script xmlns:x="http://www.w3.org/2000/svg">window.__pwned=1</x:script>'), 'a <x:script> element'],
    ['onload', wrap('<rect/>', ' onload="window.__pwned=1"'), 'an event handler (onload="…")'],
    ['an upper-case handler', wrap('<rect ONCLICK="x()"/>'), 'an event handler'],
    ['foreignObject', wrap('<foreignObject><iframe src="javascript:alert(1)"/></foreignObject>'), 'a <foreignObject> element'],
    ['a link', wrap('<a href="javascript:alert(1)"><rect/></a>'), 'a <a> element'],
    ['<set> rewriting href', wrap('<use href="#a"><set attributeName="href" to="javascript:alert(1)"/></use>'), 'a <set> element'],
    ['animate', wrap('<animate attributeName="href" values="javascript:alert(1)"/>'), 'a <animate> element'],
    ['an outside image', wrap('<image href="https://tracker.example/x.png"/>'), 'a reference to another resource'],
    ['an outside use', wrap('<use xlink:href="other.svg#x"/>'), 'a reference to another resource'],
    ['an SVG data image', wrap('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'a reference to another resource'],
    ['@import', wrap('<style>@import url(https://evil.example/x.css);</style>'), 'CSS that loads @import'],
    ['a CSS url()', wrap('<rect style="fill:url(https://evil.example/p.png)"/>'), 'CSS that loads url('],
    ['a DOCTYPE with entities', `<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]>${wrap('<text>&x;</text>')}`, 'a DOCTYPE'],
    ['an XSLT stylesheet', `<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="x.xsl"?>${wrap('')}`, 'a processing instruction'],
    ['UTF-7', `<?xml version="1.0" encoding="UTF-7"?>${wrap('')}`, 'an encoding other than UTF-8'],
    ['a script inside <title> (an HTML integration point)', wrap('<title><script>alert(1)</script></title>'), 'a <script> element'],
    ['an XHTML iframe', wrap('<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="x.html"/>'), 'a <h:iframe> element'],
  ])('%s is refused', (_name, svg, reason) => {
    const verdict = inspectSvg(svg);
    expect(verdict.passive).toBe(false);
    expect(verdict.passive === false && verdict.reason).toContain(reason);
  });

  test('the refusal names the line', () => {
    expect(inspectSvg(wrap('<rect/>\n<rect/>\n<script>x()</script>'))).toMatchObject({passive: false, line: 4});
  });
});
