/**
 * Results worth computing once per build, not once per locale: Docusaurus loads the site
 * config (and so every module it imports) afresh for each locale it builds, so a cache in a
 * module's own scope starts empty three more times in a four-locale build. These caches live
 * on `globalThis` for the whole process instead. Keys name the text they were derived from
 * (`textKey`), so an edited file (dev server) is read anew; values are small results, never
 * parsed trees, so a 4,000-page build does not keep every page's tree alive.
 */
import {createHash} from 'node:crypto';

/** A short key for a text: its SHA-1, base64. */
export function textKey(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** The process-wide cache called `name` (created on first use). */
export function buildCache<V>(name: string): Map<string, V> {
  const store = globalThis as Record<symbol, Map<string, V> | undefined>;
  return (store[Symbol.for(`playbook.buildCache.${name}`)] ??= new Map<string, V>());
}

/** `compute()` once per process for the same key in the cache called `name`. */
export function cachedResult<V>(name: string, key: string, compute: () => V): V {
  const cache = buildCache<V>(name);
  if (cache.has(key)) return cache.get(key)!;
  const value = compute();
  cache.set(key, value);
  return value;
}
