import {describe, expect, test} from 'vitest';
import {
  INCLUDE_CLOSING, INCLUDE_OPENING, embeddableVideoUrl, isDocfxBlockMarker, readCalloutMarker, readDivMarker,
  readVideoMarker, stripZeroWidth,
} from '..';

describe('DocFX block markers', () => {
  test.each([
    ['[!VIDEO https://www.youtube.com/embed/abc]', 'https://www.youtube.com/embed/abc'],
    ['[!video   https://x.example/v?id=1&a=b ]\ncaption', 'https://x.example/v?id=1&a=b'],
    ['[!VIDEO]', ''],
  ])('%j is a video with URL %j', (text, url) => {
    expect(readVideoMarker(text)?.url).toBe(url);
  });

  test('the video marker length covers exactly the marker', () => {
    const text = '[!VIDEO https://www.youtube.com/embed/abc]\ncaption';
    expect(text.slice(readVideoMarker(text)!.length)).toBe('\ncaption');
  });

  test.each([
    ['[!div class="nextstepaction"]', 'nextstepaction'],
    ["[!DIV class='NextStepAction']", 'nextstepaction'],
    ['[!div class=nextstepaction]', 'nextstepaction'],
    ['[!div class = "checklist"]', 'checklist'],
    ['[!div]', ''],
  ])('%j is a div with class %j', (text, className) => {
    expect(readDivMarker(text)?.className).toBe(className);
  });

  test('other text is no block marker', () => {
    expect(readVideoMarker('[!NOTE]')).toBeNull();
    expect(readDivMarker('[!divider]')).toBeNull();
    expect(readVideoMarker('see [!VIDEO x]')).toBeNull();
  });

  test('block markers are not callouts', () => {
    expect(['INCLUDE', 'video', 'Div'].every(isDocfxBlockMarker)).toBe(true);
    expect(readCalloutMarker('[!VIDEO]')).toMatchObject({kind: null, marker: 'VIDEO'});
    expect(isDocfxBlockMarker('DANGER')).toBe(false);
  });

  test('include statements are recognized around their link', () => {
    expect(INCLUDE_OPENING.test('Text [!INCLUDE ')).toBe(true);
    expect(INCLUDE_OPENING.test('[!include')).toBe(true);
    expect(INCLUDE_OPENING.test('[!INCLUDE x')).toBe(false);
    expect(INCLUDE_CLOSING.test('] more')).toBe(true);
    expect(INCLUDE_CLOSING.test(' ]')).toBe(false);
  });
});

describe('embeddable videos', () => {
  test.each([
    'https://www.youtube.com/embed/aBcD3fGh1jK',
    'https://youtube.com/embed/aBcD3fGh1jK?start=30',
    'https://www.youtube-nocookie.com/embed/aBcD3fGh1jK',
    'https://www.microsoft.com/en-us/videoplayer/embed/RE4Lx4B',
    'https://www.microsoft.com/videoplayer/embed/RE4Lx4B',
    'https://learn-video.azurefd.net/vod/player?id=abc',
    'https://web.microsoftstream.com/embed/video/5a1b2c3d',
    'https://msit.microsoftstream.com/embed/video/5a1b2c3d',
    'https://channel9.msdn.com/Shows/Office-Show/FastTrack/player',
  ])('%s is embedded', (url) => {
    expect(embeddableVideoUrl(url)?.href).toBe(new URL(url).href);
  });

  test.each([
    'http://www.youtube.com/embed/aBcD3fGh1jK',
    'https://www.youtube.com/watch?v=aBcD3fGh1jK',
    'https://www.youtube.com/embed/aBcD3fGh1jK/../../redirect',
    'https://www.youtube.com.evil.example/embed/x',
    'https://evil.example/www.youtube.com/embed/x',
    'https://user@www.youtube.com/embed/x',
    'https://www.youtube.com:8443/embed/x',
    'https://www.microsoft.com/en-us/download',
    'javascript:alert(1)',
    'data:text/html,x',
    'not a url',
  ])('%s is not embedded', (url) => {
    expect(embeddableVideoUrl(url)).toBeNull();
  });
});

test('zero-width spaces and stray BOMs are stripped, other text is kept', () => {
  expect(stripZeroWidth('Zero\u200Bwidth\uFEFF text\u200D')).toBe('Zerowidth text\u200D');
});
