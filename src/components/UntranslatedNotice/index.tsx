import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {languageName} from '../LanguageMarker';

/**
 * Tells readers that the page below is not in their language (Docusaurus shows the default
 * locale's page where a translation is missing). In the reader's language; kept out of the
 * search index, which holds the page under its own language.
 */
export default function UntranslatedNotice({lang}: {lang: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  return (
    <div className="alert alert--info margin-bottom--md" role="note" data-untranslated-notice="" data-pagefind-ignore="all">
      <Translate
        id="playbook.untranslated.notice"
        description="Above a page that has no translation in the reader's language and is shown in the original, e.g. English"
        values={{language: <span lang={i18n.currentLocale}>{languageName(lang, i18n.currentLocale)}</span>}}>
        {'This page is not translated yet. It is shown in {language}.'}
      </Translate>
    </div>
  );
}
