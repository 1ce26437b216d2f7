import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/** Mirrors the playbook: lifecycle phases with their processes, and status blockers. */
const sidebars: SidebarsConfig = {
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
      items: ['authoring/authoring-guide', 'authoring/kitchen-sink'],
    },
  ],
};

export default sidebars;
