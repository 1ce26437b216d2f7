import type {Blockquote, Paragraph, Parent, Root, RootContent} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {toString} from 'mdast-util-to-string';
import {SKIP, visit, type VisitorResult} from 'unist-util-visit';
import {
  CHECKLIST_CLASS, DIV_CLASSES, NEXT_STEP_CLASS, embeddableVideoUrl, readDivMarker, readVideoMarker, videoHostList,
} from '../../playbook/docfxBlocks';
import {report} from '../../diagnostics';
import {jsxFlow} from '../jsxNodes';
import {dropLeadingText} from '../markerText';
import {expandImageBlocks} from './images';

/**
 * DocFX blocks written as block quotes: `> [!VIDEO https://…]` becomes a `<Video>` player
 * for allowlisted hosts (a plain link otherwise), `> [!div class="nextstepaction"]`
 * followed by a link becomes a `<NextStepAction>` button, and `> [!div class="checklist"]`
 * followed by a list becomes a `<Checklist>`. `:::image` becomes an image (see ./images).
 * Anything else stays as written, with a warning.
 */
const remarkDocfxBlocks: Plugin<[], Root> = function () {
  return (tree, file) => {
    expandImageBlocks(tree, file);
    visit(tree, 'blockquote', (quote, index, parent) => {
      const first = quote.children[0];
      if (first?.type !== 'paragraph' || !parent || index === undefined) return undefined;
      const text = toString(first);
      const video = readVideoMarker(text);
      if (video) return replace(parent, index, videoBlocks(quote, first, video, file));
      const div = readDivMarker(text);
      if (div) return replace(parent, index, divBlocks(quote, first, div, file));
      return undefined;
    });
  };
};

/** Puts `blocks` where the quote was and goes on inside them (callouts may sit in there). */
function replace(parent: Parent, index: number, blocks: RootContent[] | null): VisitorResult {
  if (!blocks) return undefined;
  parent.children.splice(index, 1, ...blocks);
  return [SKIP, index];
}

function videoBlocks(quote: Blockquote, first: Paragraph, video: {url: string; length: number}, file: VFile): RootContent[] | null {
  if (!video.url) {
    report(file, 'video', 'A [!VIDEO] block needs the player URL, e.g. "> [!VIDEO https://www.youtube.com/embed/VIDEO_ID]"; it is shown as written.', quote);
    return null;
  }
  dropLeadingText(first, video.length);
  const rest = first.children.length > 0 ? quote.children : quote.children.slice(1);
  const embed = embeddableVideoUrl(video.url);
  if (embed) {
    const caption = toString({type: 'root', children: rest}).trim();
    return [jsxFlow('Video', {src: embed.href, title: caption || undefined}, rest, quote.position)];
  }
  report(
    file,
    'video',
    `Video URL "${video.url}" is not on a video host the site embeds, so it is shown as a plain link. Embeddable: ${videoHostList()}, all over https.`,
    quote,
  );
  const isWeb = /^https?:\/\//i.test(video.url);
  const link: Paragraph = {
    type: 'paragraph',
    children: [isWeb
      ? {type: 'link', url: video.url, children: [{type: 'text', value: video.url}]}
      : {type: 'text', value: video.url}],
    position: quote.position,
  };
  return [link, ...rest];
}

function divBlocks(quote: Blockquote, first: Paragraph, div: {className: string; length: number}, file: VFile): RootContent[] | null {
  if (div.className === CHECKLIST_CLASS) return checklistBlocks(quote, first, div, file);
  if (div.className !== NEXT_STEP_CLASS) {
    const name = div.className ? `class "${div.className}"` : 'a block without a class';
    report(file, 'div-class', `[!div] with ${name} is not supported; the block quote is shown as written. Supported: ${DIV_CLASSES.map((c) => `class="${c}"`).join(', ')}.`, quote);
    return null;
  }
  const links = quote.children.flatMap((child) => (child.type === 'paragraph' ? child.children : [])).filter((c) => c.type === 'link');
  if (links.length === 0) {
    report(file, 'next-step', 'A [!div class="nextstepaction"] block needs a link on the next line, e.g. "> [Continue with Enable](enable-enable-services.md)"; it is shown as written.', quote);
    return null;
  }
  dropLeadingText(first, div.length);
  const rest = first.children.length > 0 ? quote.children : quote.children.slice(1);
  return [jsxFlow('NextStepAction', {}, rest, quote.position)];
}

/** The quote's list (and anything else in it) in a `<Checklist>`: DocFX shows each item with a check mark. */
function checklistBlocks(quote: Blockquote, first: Paragraph, div: {className: string; length: number}, file: VFile): RootContent[] | null {
  if (!quote.children.some((child) => child.type === 'list')) {
    report(file, 'checklist', 'A [!div class="checklist"] block needs a list on the next lines, e.g. "> * First step done"; it is shown as written.', quote);
    return null;
  }
  dropLeadingText(first, div.length);
  const rest = first.children.length > 0 ? quote.children : quote.children.slice(1);
  return [jsxFlow('Checklist', {}, rest, quote.position)];
}

export default remarkDocfxBlocks;
