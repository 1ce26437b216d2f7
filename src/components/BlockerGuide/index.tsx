/**
 * The blocker guide (`/blockers`, `/de/blockers`): every L1 status with its L2 statuses and their
 * definitions, each L2's example scenarios with the L2 each one takes, and a finder that filters
 * them (and the questions to ask) by a word: "VPN", "Bandbreite". Without JavaScript it is the
 * full list. The query lives in the address bar (`/blockers?q=VPN`), so a view can be shared.
 */
import {useMemo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';
import {findInGuide, finderIndex, hitCount, type L1Hits, type L2Hits} from '../../blockers/find';
import type {BlockerGuide, GuideL2, GuideScenario} from '../../blockers/guide';
import styles from './styles.module.css';

interface Props {
  guide: BlockerGuide;
}

function useQuery(): [string, (q: string) => void] {
  const history = useHistory();
  // Empty while the server renders and the page hydrates: the first render is the full list.
  const search = useHistorySelector((h) => h.location.search);
  const query = useMemo(() => new URLSearchParams(search).get('q') ?? '', [search]);
  const update = (q: string) => history.replace({search: q ? `?${new URLSearchParams({q}).toString()}` : '', hash: ''});
  return [query, update];
}

function Verdict({scenario}: {scenario: GuideScenario}): ReactNode {
  const target = scenario.l2 ? <Link to={scenario.l2.url}>{scenario.l2.name}</Link> : null;
  if (scenario.valid) {
    return target ? (
      <Translate id="blockers.scenario.valid" description="A valid scenario: the L2 it takes (a link)" values={{l2: target}}>
        {'Valid: choose {l2}'}
      </Translate>
    ) : (
      <Translate id="blockers.scenario.validUnknown" description="A valid scenario whose status names no page" values={{status: scenario.status}}>
        {'Valid, though its status “{status}” names no page of this site'}
      </Translate>
    );
  }
  return target ? (
    <Translate id="blockers.scenario.invalid" description="An invalid scenario: the L2 it belongs to instead (a link)" values={{l2: target}}>
      {'Not this L2: choose {l2}'}
    </Translate>
  ) : (
    <Translate id="blockers.scenario.invalidUnknown" description="An invalid scenario whose status names no page" values={{status: scenario.status}}>
      {'Not this L2; its status “{status}” names no page of this site'}
    </Translate>
  );
}

function Scenarios({scenarios}: {scenarios: readonly GuideScenario[]}): ReactNode {
  if (scenarios.length === 0) return null;
  return (
    <ul className={styles.scenarios}>
      {scenarios.map((scenario, i) => (
        <li key={i} className={scenario.valid ? styles.valid : styles.invalid} data-valid={scenario.valid}>
          <span className={styles.scenario}>{scenario.scenario}</span>
          <span className={styles.verdict}>
            <Verdict scenario={scenario} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function L2Entry({l2, hits}: {l2: GuideL2; hits: L2Hits | null}): ReactNode {
  return (
    <li className={styles.l2} data-l2={l2.name}>
      <Heading as="h3" className={styles.l2Name}>
        <Link to={l2.url}>{l2.name}</Link>
      </Heading>
      {l2.definition ? <p className={styles.definition}>{l2.definition}</p> : null}
      {hits?.definition ? (
        <p className={styles.note}>
          <Translate id="blockers.finder.definitionMatches" description="Shown when an L2's name or definition matches the finder's words">
            Its name or definition matches.
          </Translate>
        </p>
      ) : null}
      <Scenarios scenarios={hits ? hits.scenarios : l2.scenarios} />
      {hits && hits.questions.length > 0 ? (
        <>
          <p className={styles.note}>
            <Translate id="blockers.finder.questions" description="Lead of the questions that match the finder's words">
              Questions to ask the customer:
            </Translate>
          </p>
          <ul className={styles.questions}>
            {hits.questions.map((question, i) => (
              <li key={i}>{question}</li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}

function Tree({levels}: {levels: readonly L1Hits[]}): ReactNode {
  const other = translate({id: 'blockers.l1.other', message: 'Other L2 statuses', description: 'Heading for L2 statuses that no L1 lists'});
  return (
    <div className={styles.tree}>
      {levels.map(({l1, l2}, i) => (
        <section key={i} className={styles.l1} aria-labelledby={`l1-${i}`}>
          <Heading as="h2" id={`l1-${i}`}>
            {l1.url ? <Link to={l1.url}>{l1.name ?? other}</Link> : (l1.name ?? other)}
          </Heading>
          {l1.definition ? <p className={styles.definition}>{l1.definition}</p> : null}
          <ul className={styles.l2List}>
            {l2.map((hits) => (
              <L2Entry key={hits.l2.url} l2={hits.l2} hits={hits.definition || hits.scenarios.length || hits.questions.length ? hits : null} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export default function BlockerGuidePage({guide}: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const [query, setQuery] = useQuery();
  const index = useMemo(() => finderIndex(guide), [guide]);
  const found = useMemo(() => findInGuide(index, query), [index, query]);
  const jsonUrl = useBaseUrl('/blockers.json');
  const scenarioCount = guide.l1.reduce((n, l1) => n + l1.l2.reduce((m, l2) => m + l2.scenarios.length, 0), 0);
  const l2Count = guide.l1.reduce((n, l1) => n + l1.l2.length, 0);
  // The whole tree, every L2 with all its scenarios (hits null), when nothing is searched.
  const levels: L1Hits[] = found ?? guide.l1.map((l1) => ({l1, l2: l1.l2.map((l2) => ({l2, definition: false, scenarios: [], questions: []}))}));

  const title = translate({id: 'blockers.title', message: 'Blocker guide', description: 'Title of the blocker guide page'});
  return (
    <Layout
      title={title}
      description={translate({id: 'blockers.description', message: 'Every L1 and L2 blocker status of the playbook, with definitions and example scenarios, and a finder for the right L2.', description: 'Meta description of the blocker guide'})}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="blockers.intro" description="Introduction of the blocker guide">
            When a customer is blocked, choose the L2 status that names the cause. Each L1 below lists its L2 statuses with their definitions; each example scenario says which L2 it takes.
          </Translate>{' '}
          <a href={jsonUrl} className={styles.inlineLink}>
            <Translate id="blockers.json" description="Link to blockers.json">The guide as JSON</Translate>
          </a>
        </p>

        {isBrowser ? (
          <form role="search" className={styles.finder} onSubmit={(event) => event.preventDefault()}>
            <label htmlFor="blocker-finder">
              <Translate id="blockers.finder.label" description="Label of the blocker finder's text box">
                Find a scenario, definition or question
              </Translate>
            </label>
            <input
              id="blocker-finder"
              className={styles.input}
              name="q"
              type="search"
              value={query}
              placeholder={translate({id: 'blockers.finder.placeholder', message: 'e.g. VPN, bandwidth or budget', description: 'Placeholder of the blocker finder'})}
              onChange={(event) => setQuery(event.target.value)}
            />
          </form>
        ) : null}
        <p role="status" className={styles.count}>
          {found === null
            ? translate({id: 'blockers.finder.all', message: '{l2} L2 statuses, {scenarios} example scenarios', description: 'Size of the blocker guide when nothing is searched'}, {l2: l2Count, scenarios: scenarioCount})
            : found.length === 0
              ? translate({id: 'blockers.finder.none', message: 'Nothing matches “{query}”. Try another word.', description: 'The blocker finder found nothing'}, {query})
              : translate({id: 'blockers.finder.count', message: '{count} matches for “{query}”', description: 'How many things the blocker finder found'}, {count: hitCount(found), query})}
        </p>
        <Tree levels={levels} />
      </main>
    </Layout>
  );
}
