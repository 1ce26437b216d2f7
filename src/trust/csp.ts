/**
 * The Content Security Policy every page carries: defence in depth behind the sanitiser.
 * Scripts come only from the site itself, plus Docusaurus's own inline scripts by hash;
 * no `'unsafe-inline'`, so an injected `<script>`, `onerror=` or `javascript:` URL that
 * slipped through would still not run. `'wasm-unsafe-eval'` lets the search index
 * (Pagefind, WebAssembly) compile; it allows no JavaScript `eval`.
 */
import {createHash} from 'node:crypto';

export interface PolicySources {
  /** Hashes (`'sha256-…'`) of the inline scripts the site itself writes. */
  scriptHashes: readonly string[];
  /** Hosts whose players pages embed (`frame-src`). */
  frames: readonly string[];
  /** Extra hosts scripts may fetch from (a hosted search service). */
  connect?: readonly string[];
}

/** `'sha256-…'` of a script's text, as browsers hash an inline script. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy({scriptHashes, frames, connect = []}: PolicySources): string {
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...[...new Set(scriptHashes)].sort(), "'wasm-unsafe-eval'"],
    // React and Docusaurus set style attributes; styles cannot run script.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'https:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...connect],
    'media-src': ["'self'", 'https:'],
    'frame-src': [...new Set(frames)].sort(),
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.length > 0 ? sources.join(' ') : "'none'"}`)
    .join('; ');
}
