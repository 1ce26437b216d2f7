/**
 * Gives every page of the build its Content Security Policy (`src/trust/csp.ts`), as a
 * `<meta http-equiv>` first in `<head>`, so it holds on any static host.
 *
 * Docusaurus's own inline scripts (the colour-mode script) are allowed by hash. They are
 * read from this locale's `404.html`, a page with no content, after minification, so the
 * hashes match the bytes served. Any other inline script on any page means content got
 * past the sanitiser: the build fails, naming the page.
 *
 * Runs last among the plugins and synchronously: every page another plugin copies before
 * its first `await` (the search page) already exists, and every copy made later (the catalog's
 * `tasks/index.html`) is made from a page that already has its policy.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {parse, type DefaultTreeAdapterMap} from 'parse5';
import {VIDEO_HOSTS} from '../../playbook/docfxBlocks';
import {contentSecurityPolicy, scriptHash} from '../../trust/csp';
import {escapeAttribute} from '../../trust/escape';
import {nestedLocaleDirs} from '../local-search';

export interface CspOptions {
  /** Hosts a hosted search service is fetched from (`connect-src`). */
  connect?: readonly string[];
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** `type` values that make a `<script>` run as script (no type, JavaScript, module). */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

function elements(root: Node): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) stack.push(...node.childNodes);
    const template = (node as {content?: Node}).content;
    if (template) stack.push(template);
  }
  return found;
}

const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** The inline scripts of a page that would run, with their text as a browser hashes it. */
export function inlineScripts(document: Node): string[] {
  return elements(document)
    .filter((e) => e.tagName === 'script' && attribute(e, 'src') === undefined && EXECUTABLE.test((attribute(e, 'type') ?? '').trim()))
    .map((e) => e.childNodes.map((c) => ('value' in c ? String(c.value) : '')).join(''));
}

function htmlFiles(dir: string, skip: ReadonlySet<string>, root = dir): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return dir === root && skip.has(entry.name) ? [] : htmlFiles(file, skip, root);
    return entry.name.endsWith('.html') ? [file] : [];
  });
}

/** Puts the policy first in `<head>` (after `<meta charset>`, which must stay first). */
function withPolicy(html: string, document: Node, policy: string, file: string): string {
  const head = elements(document).find((e) => e.tagName === 'head');
  const charset = head?.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'meta' && attribute(n, 'charset') !== undefined);
  const at = charset?.sourceCodeLocation?.endOffset ?? head?.sourceCodeLocation?.startTag?.endOffset;
  if (at === undefined) throw new Error(`Content-Security-Policy: ${file} has no <head> to put the policy in.`);
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">${html.slice(at)}`;
}

export default function cspPlugin(context: LoadContext, pluginOptions: unknown): Plugin {
  const options = (pluginOptions ?? {}) as CspOptions;
  return {
    name: 'playbook-csp',
    postBuild({outDir, baseUrl, i18n}) {
      const ownPage = path.join(outDir, '404.html');
      const own = inlineScripts(parse(fs.readFileSync(ownPage, 'utf8'))).map(scriptHash);
      const policy = contentSecurityPolicy({scriptHashes: own, frames: VIDEO_HOSTS.flatMap((h) => h.frames), connect: options.connect});
      const allowed = new Set(own);
      const foreign: string[] = [];
      for (const file of htmlFiles(outDir, new Set(nestedLocaleDirs(i18n, baseUrl)))) {
        const html = fs.readFileSync(file, 'utf8');
        const document = parse(html, {sourceCodeLocationInfo: true});
        const unexpected = inlineScripts(document).filter((text) => !allowed.has(scriptHash(text)));
        if (unexpected.length > 0) foreign.push(`${path.relative(context.siteDir, file)}: ${unexpected.length} inline script(s)`);
        fs.writeFileSync(file, withPolicy(html, document, policy, file));
      }
      if (foreign.length > 0) {
        throw new Error(
          `Pages carry inline scripts the site did not write, so content got past the sanitiser (report it, see SECURITY.md):\n${foreign.join('\n')}`,
        );
      }
      return Promise.resolve();
    },
  };
}
