import type {Plugin} from '@docusaurus/types';

/** `src/playbook/`: the grammar layer, pure by the layer rule (no fs, no React, no Docusaurus). */
export const PURE_MODULES = /[\\/]src[\\/]playbook[\\/][^\\/]+\.ts$/;

/**
 * What the browser bundle may leave out. Components use a few grammar functions (dates, task
 * anchors, callout kinds); the grammar modules those import (every locale's words, date patterns)
 * are dropped when nothing in the browser uses them, which the bundler does only for modules it
 * knows to be free of side effects.
 */
export default function clientBundlePlugin(): Plugin {
  return {
    name: 'playbook-client-bundle',
    configureWebpack: () => ({module: {rules: [{test: PURE_MODULES, sideEffects: false}]}}),
  };
}
