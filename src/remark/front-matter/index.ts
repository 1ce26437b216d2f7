import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {validateFrontMatter} from '../../frontmatter/validate';
import {report} from '../../diagnostics';

/**
 * Reports front-matter findings (unknown keys, and in the linter also errors) with
 * the page's other findings. In the build, errors have already failed
 * `markdown.parseFrontMatter`; validation results are cached per file.
 */
const remarkFrontMatterDiagnostics: Plugin<[], Root> = function () {
  return (_tree, file) => {
    const {diagnostics} = validateFrontMatter(String(file.value), file.path ?? '');
    for (const d of diagnostics) {
      const point = {line: d.line, column: d.column};
      report(file, d.ruleId, d.message, {start: point, end: point});
    }
  };
};

export default remarkFrontMatterDiagnostics;
