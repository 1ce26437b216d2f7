/**
 * A many-language site builds on several machines: one Docusaurus build per locale
 * (`npm run build -- --locale ja`), each writing only its locale's folder, merged afterwards
 * into one site. `.github/workflows/build-site.yml` runs it; these functions are its steps.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Shard {
  locale: string;
  /** Where the locale's build lands in `build/` and in the merged site: '' for the default locale, else its code. */
  dir: string;
  /** The artifact each locale's job uploads and the merge job downloads. */
  artifact: string;
}

export const SHARD_ARTIFACT_PREFIX = 'site-';

/** One shard per configured locale, default locale first (Docusaurus writes it to `build/` itself, other locales below it). */
export function shardsOf(locales: readonly string[], defaultLocale: string): Shard[] {
  const ordered = [defaultLocale, ...locales.filter((l) => l !== defaultLocale)];
  return ordered.map((locale) => ({locale, dir: locale === defaultLocale ? '' : locale, artifact: `${SHARD_ARTIFACT_PREFIX}${locale}`}));
}

/**
 * Puts the shards' builds together: `<shardsDir>/site-<locale>/` (as download-artifact writes
 * them) into `outDir`, the default locale at the top, every other locale in its folder. Every
 * shard must be there, and no shard may bring another locale's folder.
 */
export function mergeShards(shards: readonly Shard[], shardsDir: string, outDir: string): {locale: string; files: number}[] {
  const missing = shards.filter((s) => !fs.existsSync(path.join(shardsDir, s.artifact, 'index.html')));
  if (missing.length > 0) {
    throw new Error(`No build of ${missing.map((s) => s.locale).join(', ')} in ${shardsDir} (expected ${missing.map((s) => `${s.artifact}/index.html`).join(', ')}). Did every locale job succeed?`);
  }
  const known = new Set(shards.map((s) => s.artifact));
  const unknown = fs.readdirSync(shardsDir).filter((name) => name.startsWith(SHARD_ARTIFACT_PREFIX) && !known.has(name));
  if (unknown.length > 0) throw new Error(`Shards of locales that are not configured: ${unknown.join(', ')}.`);
  const nested = shards.filter((s) => s.dir && fs.existsSync(path.join(shardsDir, shards[0]!.artifact, s.dir)));
  if (nested.length > 0) {
    throw new Error(`The ${shards[0]!.locale} build already holds ${nested.map((s) => `${s.dir}/`).join(', ')}; build it with --locale ${shards[0]!.locale} only.`);
  }
  fs.rmSync(outDir, {recursive: true, force: true});
  return shards.map((shard) => {
    const from = path.join(shardsDir, shard.artifact);
    fs.cpSync(from, path.join(outDir, shard.dir), {recursive: true});
    return {locale: shard.locale, files: fs.readdirSync(from, {recursive: true, withFileTypes: true}).filter((e) => e.isFile()).length};
  });
}
