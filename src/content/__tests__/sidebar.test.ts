import {describe, expect, test} from 'vitest';
import {chooseImportedSidebar, keepPublished, type ImportedSidebars, type SidebarItem} from '../sidebar';

const doc = (id: string): SidebarItem => ({type: 'doc', id, label: id, key: id});
const all: ImportedSidebars = {playbook: [doc('toc-yml')], audiences: {partner: [doc('toc-partner')]}};

describe('the imported sidebar a build shows', () => {
  test('without an audience, toc.yml\'s, as before audiences existed', () => {
    expect(chooseImportedSidebar(all, null)).toEqual([doc('toc-yml')]);
    expect(chooseImportedSidebar({audiences: {partner: [doc('toc-partner')]}}, null)).toBeNull();
    expect(chooseImportedSidebar(null, 'partner')).toBeNull();
  });

  test('for an audience, its own toc--<audience>.yml, else toc.yml\'s', () => {
    expect(chooseImportedSidebar(all, 'partner')).toEqual([doc('toc-partner')]);
    expect(chooseImportedSidebar(all, 'internal')).toEqual([doc('toc-yml')]);
  });
});

describe('a sidebar without the pages a build leaves out', () => {
  const published = (id: string) => !id.startsWith('internal');

  test('drops their entries, unlinks their categories, and drops categories left empty', () => {
    const dropped: string[] = [];
    const items = [
      'partner-page',
      'internal-page',
      {type: 'category', label: 'Mixed', key: 'mixed', link: {type: 'doc', id: 'internal-overview'}, items: ['partner-a', {type: 'doc', id: 'internal-b'}]},
      {type: 'category', label: 'Only internal', items: ['internal-c']},
      {type: 'category', label: 'Page only', key: 'page-only', link: {type: 'doc', id: 'partner-overview'}, items: ['internal-d']},
      {type: 'link', href: 'https://example.com', label: 'Web'},
    ];
    expect(keepPublished(items, published, (id) => dropped.push(id))).toEqual([
      'partner-page',
      {type: 'category', label: 'Mixed', key: 'mixed', items: ['partner-a']},
      {type: 'doc', id: 'partner-overview', label: 'Page only', key: 'page-only'},
      {type: 'link', href: 'https://example.com', label: 'Web'},
    ]);
    expect(dropped).toEqual(['internal-page', 'internal-b', 'internal-overview', 'internal-c', 'internal-d']);
  });
});
