// Replaces (rather than wraps) the theme's breadcrumb JSON-LD: the original writes
// JSON.stringify() into <script type="application/ld+json">, so a page title holding
// "</script><script>…" closed the element and ran. Same data, escaped for a script element.
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useBreadcrumbsStructuredData} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocBreadcrumbs/StructuredData';
import {jsonForScript} from '@site/src/trust/escape';

export default function DocBreadcrumbsStructuredData({breadcrumbs}: Props): ReactNode {
  const structuredData = useBreadcrumbsStructuredData({breadcrumbs});
  return (
    <Head>
      <script type="application/ld+json">{jsonForScript(structuredData)}</script>
    </Head>
  );
}
