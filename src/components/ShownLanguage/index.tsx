import type {ComponentType, ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {useFallbackLanguage} from '@site/src/plugins/page-versions/client';

/**
 * Marks its children with the language of the doc's text when that is not the reader's
 * (a page shown through the fallback). `display: contents` keeps the layout (sticky TOC) as is.
 */
export default function ShownLanguage({children}: {children: ReactNode}): ReactNode {
  const shown = useFallbackLanguage(useDoc().metadata.permalink);
  if (!shown) return children;
  return (
    <div lang={shown.lang} dir={shown.dir} style={{display: 'contents'}}>
      {children}
    </div>
  );
}

/** A theme component wrapped in {@link ShownLanguage} (for wrappers of components that show the doc's text). */
export function withShownLanguage<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  function WithShownLanguage(props: P): ReactNode {
    return (
      <ShownLanguage>
        <Component {...props} />
      </ShownLanguage>
    );
  }
  return WithShownLanguage;
}
