import type {Root} from 'hast';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';

/**
 * DocFX pages mark link targets the old way, `<a name="x"></a>`. After sanitising, such an
 * anchor gets `id="x"` too: browsers and Docusaurus's anchor check (which collects ids) then
 * both know `#x` as a target of the page. A written `id` is kept.
 */
const rehypeHtmlAnchors: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (element) => {
      const name = element.properties.name;
      if (element.tagName !== 'a' || typeof name !== 'string' || !name.trim() || element.properties.id !== undefined) return;
      element.properties.id = name.trim();
    });
  };
};

export default rehypeHtmlAnchors;
