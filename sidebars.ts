import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {docIdFilter, readAudienceView} from './src/audience';
import {SIDEBAR_ID} from './src/content/importManifest';
import {readContentLayout} from './src/content/layout';
import {chooseImportedSidebar, keepPublished, readImportedSidebars} from './src/content/sidebar';
import {buildAudience} from './src/playbook/audiences';
import {DEFAULT_LOCALE} from './src/playbook/locales';

type SidebarItems = Extract<SidebarsConfig[string], unknown[]>;

/** The playbook as shipped (the seed pages): lifecycle phases with their processes, and status blockers. */
const seedPlaybook: SidebarItems = [
  {
    type: 'category',
    label: 'Lifecycle Phases',
    key: 'lifecycle',
    collapsed: false,
    items: [
      {
        type: 'category',
        label: 'Remediate',
        key: 'lifecycle-remediate',
        collapsed: false,
        items: ['lifecycle/remediate/remediate-address-technical-gaps'],
      },
    ],
  },
  {
    type: 'category',
    label: 'Blockers',
    key: 'blockers',
    collapsed: false,
    items: [
      {
        type: 'category',
        // The L1 status its L2 pages belong to, as the imported toc.yml names it.
        label: 'Blocked',
        key: 'blockers-blocked',
        collapsed: false,
        items: ['blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation'],
      },
    ],
  },
];

/** Pages about the site itself, kept whatever playbook is imported. */
const siteGuides: SidebarItems = [
  {
    type: 'category',
    label: 'Authoring',
    key: 'authoring',
    collapsed: true,
    items: ['authoring/authoring-guide', 'authoring/kitchen-sink'],
  },
];

/**
 * Once a playbook is imported, its toc.yml replaces the seed playbook (`npm run import` writes it);
 * a build for one audience (PLAYBOOK_AUDIENCE) takes that audience's toc--<audience>.yml if
 * there is one, and shows only the pages it publishes.
 */
const audience = buildAudience(process.env);
const imported = chooseImportedSidebar(readImportedSidebars(__dirname), audience) as SidebarItems | null;
const items: SidebarItems = [...(imported ?? seedPlaybook), ...siteGuides];
const layout = readContentLayout(__dirname);
const published = docIdFilter(readAudienceView(layout, audience), layout, process.env.DOCUSAURUS_CURRENT_LOCALE ?? DEFAULT_LOCALE);

const sidebars: SidebarsConfig = {
  [SIDEBAR_ID]: audience ? (keepPublished(items, published)) : items,
};

export default sidebars;
