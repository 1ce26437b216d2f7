import type {LoadContext, Plugin} from '@docusaurus/types';
import {readAudienceView} from '../../audience';
import {readContentLayout} from '../../content/layout';
import {AUDIENCE_VARIABLE, buildAudience} from '../../playbook/audiences';

/**
 * A build for one audience says which pages it leaves out (the docs plugin's `exclude` does the
 * leaving out; see docusaurus.config.ts), so no page disappears without a word.
 */
export default function audiencePlugin(context: LoadContext): Plugin {
  return {
    name: 'playbook-audience',
    async loadContent() {
      const audience = buildAudience(process.env);
      if (!audience) return;
      const {locales, defaultLocale, currentLocale} = context.i18n;
      const left = readAudienceView(readContentLayout(context.siteDir, {locales, defaultLocale}), audience).excludedPages(currentLocale);
      console.log(`[playbook] ${AUDIENCE_VARIABLE}=${audience} (${currentLocale}): ${left.length} page(s) for other audiences left out${left.length > 0 ? `: ${left.join(', ')}` : ''}.`);
    },
  };
}
