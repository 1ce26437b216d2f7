import path from 'node:path';
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {readContentLayout} from '../../content/layout';
import {report} from '../../diagnostics';
import {checkPageSource, refusedPageText, type SourceFinding} from '../../source';

export interface SourceStageOptions {
  siteDir: string;
  locales: readonly string[];
  defaultLocale: string;
}

/** Docusaurus's `markdown.preprocessor` signature: the page's text before it is parsed. */
export type Preprocess = (args: {filePath: string; fileContent: string}) => string;

export interface SourceStage {
  /** Checks the raw text; a page past a limit is replaced by a notice before the parser sees it. */
  preprocess: Preprocess;
  /** First remark plugin: reports what `preprocess` found, at the page's own lines. */
  plugin: Plugin<[], Root>;
}

/**
 * The raw-text stage of the pipeline (`src/source`): it has to run before parsing, because
 * deep nesting makes the parser itself hang or overflow the stack, and a plugin only runs
 * after it. Docusaurus calls `preprocess` (`markdown.preprocessor`); the linter calls it
 * before its own parse. Findings wait here until the page's first plugin reports them.
 */
// Shared by every stage made: a tool may preprocess with one and run the plugins of another.
const pending = new Map<string, SourceFinding[]>();

export function createSourceStage(options: SourceStageOptions): SourceStage {
  const layout = readContentLayout(options.siteDir, {locales: options.locales, defaultLocale: options.defaultLocale});

  const preprocess: Preprocess = ({filePath, fileContent}) => {
    const content = layout.contentFileOf(filePath);
    const check = checkPageSource(fileContent, filePath, {partial: content ? layout.isPartial(content.source) : false});
    pending.set(path.resolve(filePath), check.findings);
    return check.parseable ? fileContent : refusedPageText(fileContent, filePath, check);
  };

  const plugin: Plugin<[], Root> = function () {
    return (_tree, file) => {
      for (const finding of pending.get(path.resolve(file.path)) ?? []) {
        const point = {line: finding.line, column: finding.column};
        report(file, finding.ruleId, finding.message, {start: point, end: point});
      }
    };
  };

  return {preprocess, plugin};
}
