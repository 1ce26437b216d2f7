/**
 * The translation status page (`/translations`, in every locale): for every page and locale,
 * the state of the translation, its date against the original's, its task drift and an edit
 * link. For authors and translators; linked from the authoring guide, not from the navbar.
 */
import {useMemo, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import PlaybookDate from '@site/src/components/PlaybookDate';
import {languageName} from '@site/src/components/LanguageMarker';
import {TRANSLATION_STATES, type LocaleStatus, type PageStatus, type TranslationReport, type TranslationState} from '@site/src/translations/states';
import catalogStyles from '../TaskCatalog/styles.module.css';
import taskStyles from '../TaskTable/styles.module.css';
import styles from './styles.module.css';

interface Props {
  report: TranslationReport;
}

function stateLabels(): Record<TranslationState, string> {
  return {
    outdated: translate({id: 'translations.state.outdated', message: 'Outdated', description: 'Translation state: older than the original page'}),
    missing: translate({id: 'translations.state.missing', message: 'Missing', description: 'Translation state: no file; readers get the original page'}),
    placeholder: translate({id: 'translations.state.placeholder', message: 'Placeholder', description: 'Translation state: a stand-in or an untranslated copy'}),
    'up-to-date': translate({id: 'translations.state.upToDate', message: 'Up to date', description: 'Translation state: as new as the original page'}),
  };
}

interface Row {
  page: PageStatus;
  status: LocaleStatus;
  original: LocaleStatus;
}

/** Translations of every page, and the original locale's placeholders; worst state first. */
function rowsOf(report: TranslationReport): Row[] {
  const rows = report.pages.flatMap((page) => {
    const original = page.locales.find((l) => l.locale === report.defaultLocale)!;
    return page.locales
      .filter((status) => status.locale !== report.defaultLocale || status.state === 'placeholder')
      .map((status) => ({page, status, original}));
  });
  const rank = (row: Row) => TRANSLATION_STATES.indexOf(row.status.state);
  return rows.sort((a, b) => rank(a) - rank(b) || a.page.source.localeCompare(b.page.source) || a.status.locale.localeCompare(b.status.locale));
}

function DateOrNone({date}: {date: string | null}): ReactNode {
  return date ? <PlaybookDate date={date} /> : <span className={styles.none}>{translate({id: 'translations.noDate', message: 'no date', description: 'A page that gives no ms.date or update-summary date'})}</span>;
}

export default function TranslationStatus({report}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const readerLanguage = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const nameOf = (locale: string) => languageName(locale, readerLanguage);
  const urlOf = (locale: string, route: string) => `${i18n.localeConfigs[locale]?.baseUrl ?? '/'}${route}`;
  const labels = stateLabels();
  const rows = useMemo(() => rowsOf(report), [report]);
  const [locale, setLocale] = useState('');
  const [state, setState] = useState('');
  const shown = rows.filter((row) => (!locale || row.status.locale === locale) && (!state || row.status.state === state));
  const original = nameOf(report.defaultLocale);

  const title = translate({id: 'translations.title', message: 'Translation status', description: 'Title of the translation status page'});
  const all = translate({id: 'translations.filter.all', message: 'All', description: 'Filter option that filters nothing'});
  return (
    <Layout
      title={title}
      description={translate({id: 'translations.description', message: 'Which playbook pages are translated, outdated or missing in each language.', description: 'Meta description of the translation status page'})}>
      <Head>
        {/* For authors and translators, not for readers arriving from a search engine. */}
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          {translate(
            {
              id: 'translations.intro',
              message: 'Every page in every language, compared with the {original} original: a translation is outdated when its ms.date, or the newest row of its update summary, is older than the original’s. Task drift counts the FTOP tasks a translation lists differently. Pages that need work come first.',
              description: 'Introduction of the translation status page; {original} is the original language',
            },
            {original},
          )}
        </p>

        <div className={taskStyles.scroll}>
          <table className={clsx(taskStyles.table, styles.totals)}>
            <caption>{translate({id: 'translations.totals', message: 'Pages per language and state', description: 'Caption of the translation totals table'})}</caption>
            <thead>
              <tr>
                <th scope="col">{translate({id: 'translations.column.language', message: 'Language', description: 'Translation status column: language'})}</th>
                {TRANSLATION_STATES.map((s) => <th scope="col" key={s}>{labels[s]}</th>)}
              </tr>
            </thead>
            <tbody>
              {report.locales.map((l) => (
                <tr key={l} data-locale={l}>
                  <th scope="row" lang={l === i18n.currentLocale ? undefined : i18n.localeConfigs[l]?.htmlLang}>{nameOf(l)}</th>
                  {TRANSLATION_STATES.map((s) => <td key={s} data-state={s}>{report.totals[l]?.[s] ?? 0}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <form className={catalogStyles.filters} onSubmit={(event) => event.preventDefault()}>
          <div className={catalogStyles.field}>
            <label htmlFor="translations-locale">{translate({id: 'translations.column.language', message: 'Language', description: 'Translation status column: language'})}</label>
            <select id="translations-locale" className={taskStyles.input} value={locale} onChange={(event) => setLocale(event.target.value)}>
              <option value="">{all}</option>
              {report.locales.map((l) => <option key={l} value={l}>{nameOf(l)}</option>)}
            </select>
          </div>
          <div className={catalogStyles.field}>
            <label htmlFor="translations-state">{translate({id: 'translations.column.state', message: 'State', description: 'Translation status column: state'})}</label>
            <select id="translations-state" className={taskStyles.input} value={state} onChange={(event) => setState(event.target.value)}>
              <option value="">{all}</option>
              {TRANSLATION_STATES.map((s) => <option key={s} value={s}>{labels[s]}</option>)}
            </select>
          </div>
        </form>
        <p role="status" className={catalogStyles.count}>
          {translate({id: 'translations.count', message: '{shown} of {total} translations', description: 'How many rows the filters show'}, {shown: shown.length, total: rows.length})}
        </p>

        <div className={taskStyles.scroll}>
          <table className={taskStyles.table}>
            <thead>
              <tr>
                <th scope="col">{translate({id: 'translations.column.page', message: 'Page', description: 'Translation status column: page'})}</th>
                <th scope="col">{translate({id: 'translations.column.language', message: 'Language', description: 'Translation status column: language'})}</th>
                <th scope="col">{translate({id: 'translations.column.state', message: 'State', description: 'Translation status column: state'})}</th>
                <th scope="col">{translate({id: 'translations.column.updated', message: 'Updated', description: 'Translation status column: when this version was updated'})}</th>
                <th scope="col">{translate({id: 'translations.column.original', message: '{language} updated', description: 'Translation status column: when the original was updated'}, {language: original})}</th>
                <th scope="col">{translate({id: 'translations.column.drift', message: 'Task drift', description: 'Translation status column: tasks listed differently'})}</th>
                <th scope="col">{translate({id: 'translations.column.edit', message: 'Source', description: 'Translation status column: edit link'})}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({page, status, original: reference}) => (
                <tr key={`${status.locale}:${page.source}`} data-locale={status.locale} data-state={status.state} data-source={page.source} data-drift={status.taskDrift}>
                  <td>
                    <a href={urlOf(status.locale, page.route)} hrefLang={i18n.localeConfigs[status.locale]?.htmlLang}>{status.title ?? reference.title ?? page.source}</a>
                    <div className={styles.source}>{page.source}</div>
                  </td>
                  <td>{nameOf(status.locale)}</td>
                  <td><span className={clsx(styles.state, styles[status.state])}>{labels[status.state]}</span></td>
                  <td>{status.state === 'missing' ? '–' : <DateOrNone date={status.updated} />}</td>
                  <td><DateOrNone date={reference.updated} /></td>
                  <td>{status.taskDrift}</td>
                  <td>
                    <a href={status.editUrl}>
                      {status.state === 'missing'
                        ? translate({id: 'translations.create', message: 'Create', description: 'Link that creates a missing translation'})
                        : translate({id: 'translations.edit', message: 'Edit', description: 'Link that edits a translation'})}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </Layout>
  );
}
