import type {LoadContext, Plugin} from '@docusaurus/types';

/** A CSS string literal; anything that could end the string or the style element is escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * Printed pages show each link's URL (src/css/print.css). Site links are root-relative in
 * the HTML, so the stylesheet needs the site's origin: this puts it in a CSS variable.
 */
export default function printLinksPlugin(context: LoadContext): Plugin {
  const origin = new URL(context.siteConfig.url).origin;
  return {
    name: 'playbook-print-links',
    injectHtmlTags() {
      return {headTags: [{tagName: 'style', innerHTML: `:root{--playbook-site-origin:${cssString(origin)}}`}]};
    },
  };
}
