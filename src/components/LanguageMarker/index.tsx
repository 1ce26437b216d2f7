import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './styles.module.css';

/** "Englisch" for `en` on a German page; the code itself where the runtime has no name. */
export function languageName(lang: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], {type: 'language'}).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * Marks a link that leads to a page in another language (the target has no translation
 * in the reader's locale). Shows the language code; screen readers hear "(in English)".
 */
export default function LanguageMarker({lang}: {lang: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const label = translate(
    {id: 'languageMarker.label', message: 'in {language}', description: 'Said after a link to a page in another language, e.g. "in English"'},
    {language: languageName(lang, i18n.currentLocale)},
  );
  return (
    <span className={styles.marker} lang={lang} title={label}>
      <span aria-hidden="true">{lang.toUpperCase()}</span>
      <span className="sr-only" lang={i18n.currentLocale}>{`(${label})`}</span>
    </span>
  );
}
