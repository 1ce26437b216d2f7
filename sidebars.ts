import fs from 'node:fs';
import path from 'node:path';
import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {IMPORTED_SIDEBAR_FILE, SIDEBAR_ID} from './src/content/importManifest';

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

/** Once a playbook is imported, its toc.yml replaces the seed playbook (`npm run import` writes it). */
const importedFile = path.join(__dirname, IMPORTED_SIDEBAR_FILE);
const imported = fs.existsSync(importedFile) ? (JSON.parse(fs.readFileSync(importedFile, 'utf8')) as Record<string, SidebarItems>)[SIDEBAR_ID] : null;

const sidebars: SidebarsConfig = {
  [SIDEBAR_ID]: [...(imported ?? seedPlaybook), ...siteGuides],
};

export default sidebars;
