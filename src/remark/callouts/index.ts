import type {Blockquote, Paragraph, Root} from 'mdast';
import type {Plugin} from 'unified';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {knownCalloutMarkers, readCalloutMarker} from '../../playbook/callouts';
import {isDocfxBlockMarker} from '../../playbook/docfxBlocks';
import {LOCALE_CONFIGS, type LocaleConfig} from '../../playbook/locales';
import {report} from '../../diagnostics';
import {jsxFlow} from '../jsxNodes';
import {dropLeadingText} from '../markerText';

/**
 * DocFX callouts: a block quote opening with `[!NOTE]` (any case, any translated
 * marker) becomes `<Callout kind="note">` with the rest of the quote inside. Runs before
 * Docusaurus's own plugins, so nothing there sees the marker. Unknown markers stay as
 * written, with a warning.
 */
export interface CalloutsOptions {
  /** Entries whose translated markers are read (every locale's: pages sit in other locales' folders too). */
  locales?: readonly LocaleConfig[];
}

const remarkCallouts: Plugin<[CalloutsOptions?], Root> = function (options = {}) {
  const locales = options.locales ?? LOCALE_CONFIGS;
  return (tree, file) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'blockquote') {
        convert(node, file, locales);
      } else if (node.type === 'paragraph' && !(parent?.type === 'blockquote' && index === 0)) {
        warnIfStray(node, file, locales);
      }
    });
  };
};

function leadingMarker(paragraph: Paragraph | undefined, locales: readonly LocaleConfig[]) {
  const head = paragraph?.children[0];
  return head?.type === 'text' ? readCalloutMarker(head.value, locales) : null;
}

function convert(quote: Blockquote, file: VFile, locales: readonly LocaleConfig[]): void {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return;
  const marker = leadingMarker(first, locales);
  if (!marker || isDocfxBlockMarker(marker.marker)) return;
  if (marker.kind === null) {
    report(
      file,
      'callout-marker',
      `Unknown callout marker "[!${marker.marker}]"; the block quote is shown as written. Use one of ${knownCalloutMarkers(locales)}.`,
      quote,
    );
    return;
  }
  dropLeadingText(first, marker.length);
  if (first.children.length === 0) quote.children.shift();
  // Turned into the element in place, so the visit goes on into its children (nested callouts).
  Object.assign(quote, jsxFlow('Callout', {kind: marker.kind}, quote.children, quote.position));
}

/** A known marker that does not open a block quote is almost always a missing `>`. */
function warnIfStray(paragraph: Paragraph, file: VFile, locales: readonly LocaleConfig[]): void {
  const marker = leadingMarker(paragraph, locales);
  if (!marker?.kind) return;
  report(
    file,
    'callout-marker',
    `"[!${marker.marker}]" starts a paragraph, not a block quote, so it is shown as written. Start its lines with "> " to make it a callout.`,
    paragraph,
  );
}

export default remarkCallouts;
