import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import {stripZeroWidth} from '../../playbook/text';

/**
 * Drops zero-width spaces from prose, headings, alt texts and titles before Docusaurus
 * derives heading IDs, the table of contents and search text from them. Code blocks
 * stay as written.
 */
const remarkZeroWidth: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, (node) => {
      if (node.type === 'text' || node.type === 'inlineCode') {
        node.value = stripZeroWidth(node.value);
      } else if (node.type === 'image' || node.type === 'imageReference') {
        if (node.alt) node.alt = stripZeroWidth(node.alt);
      }
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.title) {
        node.title = stripZeroWidth(node.title);
      }
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        node.url = stripZeroWidth(node.url);
      }
    });
  };
};

export default remarkZeroWidth;
