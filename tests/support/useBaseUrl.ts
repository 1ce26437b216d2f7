/**
 * Stands in for `@docusaurus/useBaseUrl` in unit tests (see vitest.config.ts): the site at `/`,
 * as the default locale is built. Builds and browser tests use the real one.
 */
export default function useBaseUrl(url: string): string {
  return url.startsWith('/') ? url : `/${url}`;
}
