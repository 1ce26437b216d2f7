import path from 'node:path';
import type {PluggableList} from 'unified';
import {describe, expect, test} from 'vitest';
import remarkDocfxBlocks from '..';
import remarkCallouts from '../../callouts';
import remarkImages from '../../images';
import {fixturePages, processFixture, testFixturePages} from '../../../../tests/support/fixtures';
import {processMarkdown} from '../../../../tests/support/markdown';

const site = path.join(__dirname, '__fixtures__/site');
const plugins: PluggableList = [remarkDocfxBlocks];
const en = (rel: string) => `src/remark/docfx-blocks/__tests__/__fixtures__/site/docs/blocks/${rel}`;
const de = (rel: string) => `src/remark/docfx-blocks/__tests__/__fixtures__/site/i18n/de/docusaurus-plugin-content-docs/current/blocks/${rel}`;
const HOSTS = 'YouTube (/embed/…), microsoft.com/videoplayer/embed, learn-video.azurefd.net, Microsoft Stream (/embed/video/…), Channel 9 (…/player), all over https.';
const IMAGE_EXAMPLE = ':::image type="content" source="media/x.png" alt-text="What the image shows":::';
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
    `${en('next-step-bad.md')}:3:1  warning  [!div] with class "tabbedcodesnippets" is not supported; the block quote is shown as written. Supported: class="nextstepaction", class="checklist".  div-class`,
    `${en('next-step-bad.md')}:7:1  warning  [!div] with a block without a class is not supported; the block quote is shown as written. Supported: class="nextstepaction", class="checklist".  div-class`,
    `${en('next-step-bad.md')}:10:1  warning  A [!div class="nextstepaction"] block needs a link on the next line, e.g. "> [Continue with Enable](enable-enable-services.md)"; it is shown as written.  next-step`,
  ],
  'en/blocks/checklist.md': [
    `${en('checklist.md')}:7:1  warning  A [!div class="checklist"] block needs a list on the next lines, e.g. "> * First step done"; it is shown as written.  checklist`,
  ],
  'en/blocks/image-bad.md': [
    `${en('image-bad.md')}:3:1  warning  :::image needs source="…", the image's path; it is shown as written. Write ${IMAGE_EXAMPLE}  docfx-image`,
    `${en('image-bad.md')}:5:1  warning  :::image needs alt-text="…", what the image shows, for readers who cannot see it (or type="icon" for a decorative image).  docfx-image`,
    `${en('image-bad.md')}:7:1  warning  :::image has no type; it is shown as type="content". Use type="content", type="icon", type="complex".  docfx-image`,
    `${en('image-bad.md')}:9:1  warning  :::image attribute "size" is not read; known: type, source, alt-text, lightbox, border, loc-scope.  docfx-image`,
    `${en('image-bad.md')}:9:1  warning  :::image type "diagram" is unknown; it is shown as type="content". Use type="content", type="icon", type="complex".  docfx-image`,
    `${en('image-bad.md')}:11:1  warning  ":::image" is not closed by ":::" or has an attribute not written name="value"; it is shown as written. Write ${IMAGE_EXAMPLE}  docfx-image`,
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

  test(':::image goes through the image resolution: the English fallback, and an error for a missing file', async () => {
    const withImages: PluggableList = [remarkDocfxBlocks, [remarkImages, {siteDir: site}]];
    const de = fixturePages(site, ['de']).find((p) => p.source === 'blocks/image.md')!;
    const fallback = await processFixture(de, withImages);
    expect(fallback.output).toContain('![Übersicht des Rollouts (Bild aus dem englischen Ordner)](@site/docs/blocks/media/overview.png)');
    expect(fallback.diagnostics).toEqual([]);
    const missing = await processMarkdown('Text.\n\n   :::image type="content" source="media/nowhere.png" alt-text="Gone":::\n', path.join(site, 'docs/blocks/x.md'), withImages);
    expect(missing.output.trim()).toBe('Text.\n\nGone');
    expect(missing.diagnostics).toEqual([
      `${en('x.md')}:3:4  error  Image "media/nowhere.png" not found: looked for docs/blocks/media/nowhere.png. Add the image or fix the path; it is relative to the page.  image`,
    ]);
  });
});
