// Wraps the theme's site metadata so its hreflang alternates (and og:locale) name only the
// language versions this page has. The theme announces every locale on every page and has
// no per-page option, so it renders here with the site context narrowed to the page's
// versions (src/plugins/page-versions). On a page shown through the fallback, the locale
// whose text is shown is the current one: the page is no version of the reader's locale.
import React, {useMemo, type ReactNode} from 'react';
import SiteMetadata from '@theme-original/SiteMetadata';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
// The context behind useDocusaurusContext(); Docusaurus exports no provider for it.
import {Context} from '@docusaurus/core/lib/client/docusaurusContext';
import {usePageVersions} from '@site/src/plugins/page-versions/client';
import {localesOfPage} from '@site/src/plugins/page-versions/data';

export default function SiteMetadataWrapper(): ReactNode {
  const context = useDocusaurusContext();
  const versions = usePageVersions(useLocation().pathname);
  const value = useMemo(() => ({...context, i18n: localesOfPage(context.i18n, versions)}), [context, versions]);
  return (
    <Context.Provider value={value}>
      <SiteMetadata />
    </Context.Provider>
  );
}
