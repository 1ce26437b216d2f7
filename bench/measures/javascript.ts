/**
 * 3. JavaScript: the gzipped JS a doc page loads, with the playbook vs stock Docusaurus.
 * Reuses the plugin-overhead builds when that measure ran; builds the repo's own content
 * in both variants otherwise.
 */
import type {Measure, MeasureResult} from '../lib/measure';
import {round} from '../lib/stats';
import {builtSite, type Variant} from '../lib/site';
import {scriptsLoaded, withServedBuild} from '../lib/browser';

/** A process page: in the repository's own content and in the imported corpus alike. */
export const PAGE = '/docs/lifecycle/remediate/remediate-address-technical-gaps';
const VARIANTS: readonly Variant[] = ['playbook', 'stock'];

const measure: Measure = {
  id: 'javascript',
  title: 'JavaScript a doc page loads (gzip), playbook vs stock',
  async run(ctx): Promise<MeasureResult> {
    const bytes = {} as Record<Variant, number>;
    for (const variant of VARIANTS) {
      const site = await builtSite(ctx, variant, PAGE);
      const loaded = await withServedBuild(site, (url, browser) => scriptsLoaded(browser, `${url}${PAGE}`));
      bytes[variant] = loaded.gzipBytes;
    }
    const kb = (n: number) => round(n / 1024, 1);
    return {
      status: 'ok',
      notes: [`page: ${PAGE} (English), every script it loads until the network is idle`],
      rows: [
        {metric: 'JS, playbook', value: kb(bytes.playbook), unit: 'KB gz'},
        {metric: 'JS, stock Docusaurus', value: kb(bytes.stock), unit: 'KB gz'},
        {metric: 'JS added by the playbook', value: kb(bytes.playbook - bytes.stock), unit: 'KB gz', target: {kind: 'max', limit: 5, text: '≤ +5 KB'}},
      ],
    };
  },
};

export default measure;
