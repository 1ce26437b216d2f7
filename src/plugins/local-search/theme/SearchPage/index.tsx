/**
 * The results page, `/search?q=…` (and `/de/search?q=…`): the query lives in the URL, so a
 * search can be shared; every result is a link.
 */
import {useEffect, useId, useState, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm, useSearchQueryString} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import LanguageMarker from '@site/src/components/LanguageMarker';
import SearchExcerpt from '../SearchExcerpt';
import {taskLabel} from '@site/src/search/tasks';
import {useForeignLanguage, useSiteSearch} from '@site/src/search/useSiteSearch';
import styles from './styles.module.css';

const TASK_RESULTS = 20;
const PAGE_RESULTS_STEP = 10;

export default function SearchPage(): ReactNode {
  const [urlQuery, setUrlQuery] = useSearchQueryString();
  const [input, setInput] = useState(urlQuery);
  const [pageLimit, setPageLimit] = useState(PAGE_RESULTS_STEP);
  const {selectMessage} = usePluralForm();
  const inputId = useId();
  const search = useSiteSearch(urlQuery, {active: true, taskLimit: TASK_RESULTS, pageLimit});
  const foreignLanguage = useForeignLanguage();

  // The URL is the source of truth: back/forward and shared links set the box.
  useEffect(() => setInput(urlQuery), [urlQuery]);
  useEffect(() => setPageLimit(PAGE_RESULTS_STEP), [urlQuery]);

  const query = urlQuery.trim();
  const title = query
    ? translate({id: 'search.page.titleWithQuery', message: 'Search results for “{query}”'}, {query})
    : translate({id: 'search.page.title', message: 'Search the playbook'});
  const ready = search.status === 'ready' && search.query === query;
  const found = search.tasks.length + search.pageTotal;

  return (
    <Layout title={title}>
      <Head>
        <meta name="robots" content="noindex, follow" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <form
          role="search"
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            setUrlQuery(input);
          }}>
          <label htmlFor={inputId} className={styles.label}>
            <Translate id="search.page.inputLabel">Task ID or words</Translate>
          </label>
          <input
            id={inputId}
            type="search"
            name="q"
            className={styles.input}
            value={input}
            autoComplete="off"
            onChange={(event) => {
              setInput(event.target.value);
              setUrlQuery(event.target.value);
            }}
          />
        </form>

        <div role="status" aria-live="polite" className={styles.summary} aria-busy={!!query && !ready && search.status !== 'error'}>
          {!query && <Translate id="search.page.prompt">Type an FTOP task ID such as 3988, or words from the playbook.</Translate>}
          {query && search.status === 'loading' && <Translate id="search.status.loading">Searching…</Translate>}
          {query && search.status === 'error' && (
            <Translate id="search.status.error">Search is unavailable right now. Reload the page to try again.</Translate>
          )}
          {ready &&
            selectMessage(
              found,
              translate({id: 'search.page.resultsFound', message: 'One result|{count} results'}, {count: found}),
            )}
        </div>

        {ready && search.tasks.length > 0 && (
          <section aria-labelledby={`${inputId}-tasks`}>
            <Heading as="h2" id={`${inputId}-tasks`}>
              <Translate id="search.group.tasks">FTOP tasks</Translate>
            </Heading>
            <ul className={styles.results}>
              {search.tasks.map((task) => (
                <li key={task.url} className={styles.result}>
                  <Link to={task.url} className={styles.resultTitle}>
                    {taskLabel(task)}
                  </Link>
                  {task.pageTitle && <p className={styles.resultDetail}>{task.pageTitle}</p>}
                </li>
              ))}
            </ul>
          </section>
        )}

        {ready && search.pages.length > 0 && (
          <section aria-labelledby={`${inputId}-pages`}>
            <Heading as="h2" id={`${inputId}-pages`}>
              <Translate id="search.group.pages">Pages</Translate>
            </Heading>
            <ol className={styles.results}>
              {search.pages.map((page) => {
                const lang = foreignLanguage(page.language);
                return (
                <li key={page.url} className={styles.result}>
                  <Link to={page.url} className={styles.resultTitle} lang={lang}>
                    {page.title}
                  </Link>
                  {lang && <LanguageMarker lang={lang} />}
                  <p className={styles.resultDetail} lang={lang}>
                    <SearchExcerpt segments={page.excerpt} />
                  </p>
                  {page.sections.length > 0 && (
                    <ul className={styles.sections} aria-label={translate({id: 'search.page.sections', message: 'Matching sections'})}>
                      {page.sections.map((section) => (
                        <li key={section.url}>
                          <Link to={section.url} lang={lang}>
                            {section.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
                );
              })}
            </ol>
            {search.pages.length < search.pageTotal && (
              <button type="button" className="button button--secondary" onClick={() => setPageLimit((n) => n + PAGE_RESULTS_STEP)}>
                <Translate id="search.page.more">Show more results</Translate>
              </button>
            )}
          </section>
        )}

        {ready && found === 0 && (
          <p>
            <Translate id="search.status.empty" values={{query}}>
              {'No results for “{query}”'}
            </Translate>
          </p>
        )}
        <noscript>
          <p>
            <Translate id="search.page.noscript">Search needs JavaScript. Browse the playbook from the sidebar instead.</Translate>
          </p>
        </noscript>
      </main>
    </Layout>
  );
}
