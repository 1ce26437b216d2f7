import path from 'node:path';
import {describe, expect, test} from 'vitest';
import rehypeHtmlAnchors from '..';
import rehypeSafeHtml from '../../safe-html';
import {fixturePages, fixtureSite, testFixturePages} from '../../../../tests/support/fixtures';
import {renderMarkdown} from '../../../../tests/support/html';

const site = fixtureSite(__dirname);
const rehypePlugins = [rehypeSafeHtml, rehypeHtmlAnchors];
const render = (file: string) => renderMarkdown(file, {rehypePlugins});

describe('rehype HTML anchors', () => {
  testFixturePages({testDir: __dirname, plugins: [], rehypePlugins, expected: {}});

  test.each(fixturePages(site).map((p) => [`${p.locale}/${p.source}`, p] as const))('%s: <a name> anchors are link targets after sanitising', async (_name, page) => {
    const {html} = await render(page.file);
    expect(html).toContain('<a name="before-you-start" id="before-you-start"></a>');
    expect(html).toMatch(/href="#before-you-start"/);
  });

  test('a written id wins; blank names are left alone', async () => {
    const {html} = await render(path.join(site, 'docs/anchors.md'));
    expect(html).toContain('<a name="kept" id="written-id"></a>');
    expect(html).toContain('<a name="in-line" id="in-line">a named link</a>');
    expect(html).not.toMatch(/id="\s*"/);
  });
});
