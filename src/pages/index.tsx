import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';
import taskStyles from '../components/TaskTable/styles.module.css';

interface Phase {
  id: string;
  title: string;
  summary: string;
  to?: string;
}

function usePhases(): Phase[] {
  return [
    {id: 'initiate', title: translate({id: 'home.phase.initiate', message: 'Initiate'}), summary: translate({id: 'home.phase.initiate.summary', message: 'Kick off the engagement and agree on governance.'})},
    {id: 'assess', title: translate({id: 'home.phase.assess', message: 'Assess'}), summary: translate({id: 'home.phase.assess.summary', message: 'Assess the environment, security and services.'})},
    {
      id: 'remediate',
      title: translate({id: 'home.phase.remediate', message: 'Remediate'}),
      summary: translate({id: 'home.phase.remediate.summary', message: 'Close technical gaps before deployment.'}),
      to: '/docs/lifecycle/remediate/remediate-address-technical-gaps',
    },
    {id: 'enable', title: translate({id: 'home.phase.enable', message: 'Enable'}), summary: translate({id: 'home.phase.enable.summary', message: 'Enable the services for pilot and production users.'})},
    {id: 'migrate', title: translate({id: 'home.phase.migrate', message: 'Migrate'}), summary: translate({id: 'home.phase.migrate.summary', message: 'Move content and users to the cloud.'})},
    {id: 'success', title: translate({id: 'home.phase.success', message: 'Success'}), summary: translate({id: 'home.phase.success.summary', message: 'Drive adoption and review success.'})},
  ];
}

export default function Home(): ReactNode {
  const phases = usePhases();
  const tasksUrl = useBaseUrl('/tasks');
  const blockersUrl = useBaseUrl('/blockers');
  return (
    <Layout
      title={translate({id: 'home.title', message: 'Home'})}
      description={translate({id: 'home.description', message: 'The FastTrack partner playbook: lifecycle phases, FTOP tasks and blocker guidance for partners.'})}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">
            <Translate id="home.hero.title">FastTrack Partner Playbook</Translate>
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.hero.lead">
              The playbook guides partners through a FastTrack engagement: what to do in each lifecycle phase, which FTOP tasks belong to it, and how to report a customer who is blocked.
            </Translate>
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="task-lookup-heading" className={styles.lookup} id="task-lookup">
          <Heading as="h2" id="task-lookup-heading">
            <Translate id="home.lookup.title">Look up an FTOP task</Translate>
          </Heading>
          <p>
            <Translate id="home.lookup.body">Find a task by its FTOP ID, such as 3988, or by name.</Translate>
          </p>
          {/* A plain GET form: works before JavaScript loads, and lands on the catalog's shareable URL. */}
          <form action={tasksUrl} method="get" className={styles.lookupForm}>
            <label htmlFor="task-lookup-q">
              <Translate id="home.lookup.field">Task ID or name</Translate>
            </label>
            <input id="task-lookup-q" className={taskStyles.input} name="q" type="search" placeholder="3988" />
            <button type="submit" className="button button--primary">
              <Translate id="home.lookup.submit">Search</Translate>
            </button>
          </form>
          <p>
            <Link to="/tasks">
              <Translate id="home.lookup.catalog">Browse all FTOP tasks</Translate>
            </Link>
          </p>
        </section>

        <section aria-labelledby="phases-heading">
          <Heading as="h2" id="phases-heading">
            <Translate id="home.phases.title">Lifecycle phases</Translate>
          </Heading>
          <ol className={styles.phases}>
            {phases.map((phase) => (
              <li key={phase.id} className={styles.phase}>
                <Heading as="h3">{phase.to ? <Link to={phase.to}>{phase.title}</Link> : phase.title}</Heading>
                <p>{phase.summary}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="blockers-heading" className={styles.lookup} id="blocker-lookup">
          <Heading as="h2" id="blockers-heading">
            <Translate id="home.blockers.title">Blockers</Translate>
          </Heading>
          <p>
            <Translate id="home.blockers.body">When a customer is blocked, choose the L2 status that names the cause and follow its guidance.</Translate>
          </p>
          {/* A plain GET form, like the task lookup: lands on the guide's shareable URL (/blockers?q=VPN). */}
          <form action={blockersUrl} method="get" className={styles.lookupForm}>
            <label htmlFor="blocker-lookup-q">
              <Translate id="home.blockers.field">Describe the blocker</Translate>
            </label>
            <input id="blocker-lookup-q" className={taskStyles.input} name="q" type="search" placeholder={translate({id: 'home.blockers.placeholder', message: 'e.g. VPN or budget'})} />
            <button type="submit" className="button button--primary">
              <Translate id="home.blockers.submit">Find the L2</Translate>
            </button>
          </form>
          <p>
            <Link to="/blockers">
              <Translate id="home.blockers.guide">Browse all L1 and L2 statuses</Translate>
            </Link>
          </p>
        </section>
      </main>
    </Layout>
  );
}
