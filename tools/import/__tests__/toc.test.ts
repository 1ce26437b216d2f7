import {describe, expect, test} from 'vitest';
import {parseToc, tocToSidebar, type TocTarget} from '../toc';

const TOC = `- name: Playbook
  href: index.md
  items:
  - name: Approach
    href: approach.md
    items:
    - name: Center Engagement
      href: approach-center-partner.md
    - name: Response Playbook
      href: ../../response/index.md
- name: Resources
  items:
    - name: Migration
      href: migration-partner.md
    - name: Status
      items:
        - name: Migration
          href: status-migration.md
- name: Partner Site
  href: https://partners.example.com
- name: Old Site
  href: ../welcome/index.md
`;

const pages: Record<string, string> = {
  'index.md': 'index',
  'approach.md': 'approach',
  'approach-center-partner.md': 'approach-center',
  'migration-partner.md': 'migration',
  'status-migration.md': 'status-migration',
};
const resolve = (href: string): TocTarget => {
  if (/^https?:/.test(href)) return {kind: 'external', href};
  if (href.startsWith('../')) return {kind: 'unresolved', reason: 'which is outside the imported folder'};
  return pages[href] ? {kind: 'page', id: pages[href]} : {kind: 'unresolved', reason: 'which is no page in the folder'};
};

describe('toc.yml', () => {
  test('entries keep their nesting, names and lines', () => {
    const {entries, problems} = parseToc(TOC);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.name, e.href, e.line, e.items.length])).toEqual([
      ['Playbook', 'index.md', 1, 1],
      ['Resources', null, 11, 2],
      ['Partner Site', 'https://partners.example.com', 19, 0],
      ['Old Site', '../welcome/index.md', 21, 0],
    ]);
    expect(entries[0]!.items[0]!.items.map((e) => e.name)).toEqual(['Center Engagement', 'Response Playbook']);
  });

  test('becomes a nested sidebar with the toc labels', () => {
    const {items, problems} = tocToSidebar(parseToc(TOC).entries, resolve);
    expect(items).toEqual([
      {
        type: 'category', label: 'Playbook', key: 'toc/index', collapsed: false, link: {type: 'doc', id: 'index'},
        items: [{
          type: 'category', label: 'Approach', key: 'toc/approach', collapsed: true, link: {type: 'doc', id: 'approach'},
          items: [{type: 'doc', id: 'approach-center', label: 'Center Engagement', key: 'approach-center'}],
        }],
      },
      {
        type: 'category', label: 'Resources', key: 'toc/Resources', collapsed: false,
        items: [
          {type: 'doc', id: 'migration', label: 'Migration', key: 'migration'},
          {
            type: 'category', label: 'Status', key: 'toc/Resources/Status', collapsed: true,
            items: [{type: 'doc', id: 'status-migration', label: 'Migration', key: 'status-migration'}],
          },
        ],
      },
      {type: 'link', href: 'https://partners.example.com', label: 'Partner Site'},
    ]);
    expect(problems).toEqual([
      {line: 9, message: 'toc entry "Response Playbook" links "../../response/index.md", which is outside the imported folder; it is left out of the sidebar.'},
      {line: 21, message: 'toc entry "Old Site" links "../welcome/index.md", which is outside the imported folder; it is left out of the sidebar.'},
    ]);
  });

  test('a page listed twice gets distinct translation keys', () => {
    const {entries} = parseToc('- name: A\n  href: index.md\n- name: B\n  href: index.md\n');
    const {items} = tocToSidebar(entries, resolve);
    expect(items.map((i) => (i.type === 'doc' ? i.key : null))).toEqual(['index', 'index#2']);
  });

  test('a category whose items all drop out is kept as its page, or dropped with a problem', () => {
    const {entries} = parseToc('- name: Only outside\n  items:\n  - name: X\n    href: ../x.md\n- name: Has page\n  href: approach.md\n  items:\n  - name: Y\n    href: missing.md\n');
    const {items, problems} = tocToSidebar(entries, resolve);
    expect(items).toEqual([{type: 'doc', id: 'approach', label: 'Has page', key: 'approach'}]);
    expect(problems.map((p) => p.line)).toEqual([3, 1, 8]);
    expect(problems[1]!.message).toMatch(/"Only outside" has no page and none of its items/);
    expect(problems[2]!.message).toMatch(/"missing.md", which is no page in the folder/);
  });

  test('broken YAML is a problem with its line, and no sidebar', () => {
    const {entries, problems} = parseToc('- name: A\n  href: a.md\n  items:\n  - name: [B\n');
    expect(entries).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(4);
    expect(problems[0]!.message).toMatch(/^toc.yml is not valid YAML/);
  });

  test('an entry with no name is labelled after its page and reported', () => {
    const {items, problems} = tocToSidebar(parseToc('- href: approach.md\n').entries, resolve);
    expect(items).toEqual([{type: 'doc', id: 'approach', label: 'approach', key: 'approach'}]);
    expect(problems).toEqual([{line: 1, message: 'toc entry has no "name"; labelled "approach" after its page. Add a name.'}]);
  });
});
