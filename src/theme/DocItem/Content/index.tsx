// Wraps the doc content: a page shown through the fallback (the default locale's text under
// /de/, /es/, …) keeps its true `lang` and says so in the reader's language.
import type {ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import UntranslatedNotice from '@site/src/components/UntranslatedNotice';
import {useFallbackLanguage} from '@site/src/plugins/page-versions/client';
import ShownLanguage from '@site/src/components/ShownLanguage';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const shown = useFallbackLanguage(useDoc().metadata.permalink);
  if (!shown) return <Content {...props} />;
  return (
    <>
      {/* An import placeholder already says where the page is; it needs no second notice. */}
      {shown.translated && <UntranslatedNotice lang={shown.lang} />}
      <ShownLanguage>
        <Content {...props} />
      </ShownLanguage>
    </>
  );
}
