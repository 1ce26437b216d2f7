import type {ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import PlaybookDate from '@site/src/components/PlaybookDate';
import {languageName} from '@site/src/components/LanguageMarker';
import calloutStyles from '../Callout/styles.module.css';
import styles from './styles.module.css';

export interface OutdatedTranslationProps {
  /** `YYYY-MM-DD`: when the default-locale page was last updated. */
  updated: string;
}

/**
 * Below the title of a translated page that is older than its default-locale page (the
 * translation-notice remark plugin decides): when that page changed, in the reader's
 * language, and a link to it. The link leaves this locale's build, so it is a plain link.
 */
export default function OutdatedTranslation({updated}: OutdatedTranslationProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {createUrl} = useAlternatePageUtils();
  const original = i18n.defaultLocale;
  const language = languageName(original, i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale);
  const href = createUrl({locale: original, fullyQualified: false});
  return (
    <div className={clsx(calloutStyles.callout, calloutStyles.warning, styles.notice)} data-translation-notice="">
      <p>
        <Translate
          id="translation.outdated.notice"
          description="Shown on a translated page that is older than the original; {language} is the original's language, {date} when it was updated"
          values={{language, date: <PlaybookDate date={updated} />}}>
          {'The {language} version of this page was updated on {date}; this translation may be out of date.'}
        </Translate>{' '}
        <a href={href} hrefLang={i18n.localeConfigs[original]?.htmlLang ?? original}>
          <Translate id="translation.outdated.link" description="Link from an outdated translation to the original page" values={{language}}>
            {'Read the page in {language}'}
          </Translate>
        </a>
      </p>
    </div>
  );
}
