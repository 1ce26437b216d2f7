/** What the site plugins read from the docs plugin's loaded content, worked out once. */
import type {AllContent} from '@docusaurus/types';
import type {LoadedContent, LoadedVersion} from '@docusaurus/plugin-content-docs';

type SidebarItem = LoadedVersion['sidebars'][string][number];

/** The docs version the site publishes (the last one). */
export function publishedDocs(allContent: AllContent, plugin: string): LoadedVersion {
  const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
  const version = docs?.loadedVersions.find((v) => v.isLast) ?? docs?.loadedVersions[0];
  if (!version) throw new Error(`${plugin}: the docs plugin loaded no docs version.`);
  return version;
}

/** Each doc's nearest sidebar category label (already translated for the locale). */
export function sidebarCategories(version: LoadedVersion): Map<string, string> {
  const categories = new Map<string, string>();
  const walk = (items: readonly SidebarItem[], category: string | null) => {
    for (const item of items) {
      if (item.type === 'category') walk(item.items, item.label);
      else if ((item.type === 'doc' || item.type === 'ref') && category && !categories.has(item.id)) categories.set(item.id, category);
    }
  };
  for (const sidebar of Object.values(version.sidebars)) walk(sidebar, null);
  return categories;
}
