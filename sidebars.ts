import fs from 'node:fs';
import path from 'node:path';
import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {IMPORTED_SIDEBAR_FILE} from './src/content/importManifest';

/** Mirrors the playbook: lifecycle phases with their processes, and status blockers. */
const handWritten: SidebarsConfig = {
  playbook: [
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
          label: 'L2 Blockers',
          key: 'blockers-blocked',
          collapsed: false,
          items: ['blockers/blocked/l1l2l3-blocked-customer-it-infrastructure-remediation'],
        },
      ],
    },
    {
      type: 'category',
      label: 'Authoring',
      key: 'authoring',
      collapsed: true,
      items: ['authoring/kitchen-sink'],
    },
  ],
};

/** Once a playbook is imported, its toc.yml is the sidebar (`npm run import` writes it). */
const imported = path.join(__dirname, IMPORTED_SIDEBAR_FILE);
const sidebars: SidebarsConfig = fs.existsSync(imported) ? (JSON.parse(fs.readFileSync(imported, 'utf8')) as SidebarsConfig) : handWritten;

export default sidebars;
