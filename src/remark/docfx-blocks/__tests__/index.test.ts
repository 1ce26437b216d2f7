import path from 'node:path';
import type {PluggableList} from 'unified';
import {describe, expect, test} from 'vitest';
import remarkDocfxBlocks from '..';
import remarkCallouts from '../../callouts';
import {fixturePages, processFixture, testFixturePages} from '../../../../tests/support/fixtures';
import {processMarkdown} from '../../../../tests/support/markdown';

const site = path.join(__dirname, '__fixtures__/site');
const plugins: PluggableList = [remarkDocfxBlocks];
const en = (rel: string) => `src/remark/docfx-blocks/__tests__/__fixtures__/site/docs/blocks/${rel}`;
const de = (rel: string) => `src/remark/docfx-blocks/__tests__/__fixtures__/site/i18n/de/docusaurus-plugin-content-docs/current/blocks/${rel}`;
const HOSTS = 'YouTube (/embed/…), microsoft.com/videoplayer/embed, learn-video.azurefd.net, Microsoft Stream (/embed/video/…), Channel 9 (…/player), all over https.';
const notEmbedded = (url: string) => `Video URL "${url}" is not on a video host the site embeds, so it is shown as a plain link. Embeddable: ${HOSTS}  video`;

/** Exact findings per fixture page; pages not listed must have none. */
const expected: Record<string, string[]> = {
  'en/blocks/video-bad.md': [
    `${en('video-bad.md')}:3:1  warning  ${notEmbedded('https://www.youtube.com/watch?v=aBcD3fGh1jK')}`,
    `${en('video-bad.md')}:5:1  warning  ${notEmbedded('http://www.youtube.com/embed/aBcD3fGh1jK')}`,
    `${en('video-bad.md')}:7:1  warning  ${notEmbedded('https://evil.example.com/embed/x')}`,
    `${en('video-bad.md')}:10:1  warning  ${notEmbedded('javascript:alert(1)')}`,
    `${en('video-bad.md')}:12:1  warning  A [!VIDEO] block needs the player URL, e.g. "> [!VIDEO https://www.youtube.com/embed/VIDEO_ID]"; it is shown as written.  video`,
  ],
  'en/blocks/next-step-bad.md': [
    `${en('next-step-bad.md')}:3:1  warning  [!div] with class "checklist" is not supported; the block quote is shown as written. Supported: class="nextstepaction".  div-class`,
    `${en('next-step-bad.md')}:7:1  warning  [!div] with a block without a class is not supported; the block quote is shown as written. Supported: class="nextstepaction".  div-class`,
    `${en('next-step-bad.md')}:10:1  warning  A [!div class="nextstepaction"] block needs a link on the next line, e.g. "> [Continue with Enable](enable-enable-services.md)"; it is shown as written.  next-step`,
  ],
  'de/blocks/video.md': [`${de('video.md')}:6:1  warning  ${notEmbedded('https://example.org/video.mp4')}`],
  'de/blocks/next-step.md': [
    `${de('next-step.md')}:6:1  warning  A [!div class="nextstepaction"] block needs a link on the next line, e.g. "> [Continue with Enable](enable-enable-services.md)"; it is shown as written.  next-step`,
  ],
};

describe('remark DocFX blocks', () => {
  testFixturePages({testDir: __dirname, siteDir: site, plugins, expected});

  test('only allowlisted players become <Video>', async () => {
    const [good, bad] = await Promise.all(
      ['blocks/video.md', 'blocks/video-bad.md'].map(async (source) => {
        const page = fixturePages(site, ['en']).find((p) => p.source === source)!;
        return (await processFixture(page, plugins)).output;
      }),
    );
    expect(good!.match(/<Video /g)).toHaveLength(6);
    expect(bad).not.toContain('<Video');
    expect(bad).not.toMatch(/\]\(javascript:/);
  });

  test('a callout inside a next-step block still becomes a callout', async () => {
    const md = '> [!div class="nextstepaction"]\n> [Go](#x)\n>\n> > [!TIP]\n> > Tip.\n';
    const {output} = await processMarkdown(md, path.join(site, 'docs/x.md'), [remarkDocfxBlocks, remarkCallouts]);
    expect(output).toContain('<Callout kind="tip">');
    expect(output).toContain('<NextStepAction>');
  });
});
