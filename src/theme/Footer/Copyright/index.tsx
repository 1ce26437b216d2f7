// Replaces the theme's copyright line, which inserts its text as HTML: the German (and every
// other) text comes from i18n/<locale>/docusaurus-theme-classic/footer.json, which is content
// from pull requests. Shown as text.
import React, {type ReactNode} from 'react';
import type {Props} from '@theme/Footer/Copyright';

export default function FooterCopyright({copyright}: Props): ReactNode {
  return <div className="footer__copyright">{copyright}</div>;
}
