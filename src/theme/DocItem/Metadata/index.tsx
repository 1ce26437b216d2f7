// Wraps the doc metadata: `<title>` is the page's H1 (in its language); the DocFX
// front-matter title still feeds og:title, as Microsoft Learn pages do.
import React, {type ReactNode} from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme/DocItem/Metadata';
import type {WrapperProps} from '@docusaurus/types';
import Head from '@docusaurus/Head';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {DOCFX_TITLE_KEY} from '@site/src/frontmatter/keys';

type Props = WrapperProps<typeof MetadataType>;

export default function MetadataWrapper(props: Props): ReactNode {
  const {frontMatter} = useDoc();
  const docfxTitle = (frontMatter as Record<string, unknown>)[DOCFX_TITLE_KEY];
  return (
    <>
      <Metadata {...props} />
      {typeof docfxTitle === 'string' && docfxTitle.trim() !== '' && (
        <Head>
          <meta property="og:title" content={docfxTitle} />
        </Head>
      )}
    </>
  );
}
