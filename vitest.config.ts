import path from 'node:path';
import {transformWithEsbuild, type Plugin} from 'vite';
import {defineConfig} from 'vitest/config';

const clientExports = path.resolve(__dirname, 'node_modules/@docusaurus/core/lib/client/exports');
const DOCUSAURUS_CLIENT = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/].*\.js$/;

/** Docusaurus ships its client modules as JSX in `.js`; component tests import a few of them. */
const docusaurusClientJsx: Plugin = {
  name: 'docusaurus-client-jsx',
  enforce: 'pre',
  async transform(code, id) {
    if (!DOCUSAURUS_CLIENT.test(id)) return null;
    return transformWithEsbuild(code, id, {loader: 'jsx', jsx: 'automatic'});
  },
};

export default defineConfig({
  plugins: [docusaurusClientJsx],
  esbuild: {jsx: 'automatic'},
  resolve: {
    alias: {
      // Component tests: the real Docusaurus client APIs, with code translations from a test module.
      '@docusaurus/Translate': path.join(clientExports, 'Translate.js'),
      '@docusaurus/Interpolate': path.join(clientExports, 'Interpolate.js'),
      '@docusaurus/useBrokenLinks': path.join(clientExports, 'useBrokenLinks.js'),
      '@generated/codeTranslations': path.resolve(__dirname, 'tests/support/codeTranslations.ts'),
      '@docusaurus/useBaseUrl': path.resolve(__dirname, 'tests/support/useBaseUrl.ts'),
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Build tests run real Docusaurus builds.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    server: {deps: {inline: [DOCUSAURUS_CLIENT]}},
  },
});
