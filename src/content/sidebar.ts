import fs from 'node:fs';
import path from 'node:path';
import {IMPORTED_SIDEBAR_FILE, SIDEBAR_ID} from './importManifest';

/** A sidebar item as an imported TOC makes it (a subset of Docusaurus's sidebar items). */
export type SidebarItem =
  | {type: 'doc'; id: string; label: string; key: string}
  | {type: 'link'; href: string; label: string}
  | {type: 'category'; label: string; key: string; collapsed: boolean; link?: {type: 'doc'; id: string}; items: SidebarItem[]};

/**
 * `sidebars.imported.json`, written by `npm run import` from the default locale's TOCs:
 * `toc.yml` gives the sidebar of every build, `toc--<audience>.yml` that of one audience's.
 */
export interface ImportedSidebars {
  [SIDEBAR_ID]?: SidebarItem[];
  audiences?: Record<string, SidebarItem[]>;
}

export function readImportedSidebars(siteDir: string): ImportedSidebars | null {
  const file = path.join(siteDir, IMPORTED_SIDEBAR_FILE);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ImportedSidebars) : null;
}

/** Every sidebar the file holds, for labels that apply to all of them. */
export function allImportedSidebars(sidebars: ImportedSidebars | null): SidebarItem[][] {
  if (!sidebars) return [];
  return [...(sidebars[SIDEBAR_ID] ? [sidebars[SIDEBAR_ID]] : []), ...Object.values(sidebars.audiences ?? {})];
}

/**
 * The imported sidebar a build shows: for an audience, its own TOC's, else `toc.yml`'s; without
 * an audience, `toc.yml`'s. Null when there is none (sidebars.ts keeps its own).
 */
export function chooseImportedSidebar(sidebars: ImportedSidebars | null, audience: string | null): SidebarItem[] | null {
  if (!sidebars) return null;
  return (audience ? sidebars.audiences?.[audience] : undefined) ?? sidebars[SIDEBAR_ID] ?? null;
}

/** Every item in a sidebar, depth first. */
export function walkSidebar(items: readonly SidebarItem[]): SidebarItem[] {
  return items.flatMap((item) => (item.type === 'category' ? [item, ...walkSidebar(item.items)] : [item]));
}

/** A sidebar entry as sidebars.ts writes them: a doc id, or an item object. */
type LooseItem = string | {type?: string; id?: string; label?: string; key?: string; link?: {type?: string; id?: string}; items?: LooseItem[]};

/**
 * The sidebar without the pages a build leaves out (another audience's): a category loses its
 * page link, and becomes a plain page link or goes when nothing else is left in it. `dropped`
 * receives each left-out doc id.
 */
export function keepPublished<T>(items: readonly T[], isPublished: (id: string) => boolean, dropped: (id: string) => void = () => {}): T[] {
  return keepLoose(items as readonly LooseItem[], isPublished, dropped) as T[];
}

function keepLoose(items: readonly LooseItem[], isPublished: (id: string) => boolean, dropped: (id: string) => void): LooseItem[] {
  const keep = (id: string) => (isPublished(id) ? true : (dropped(id), false));
  return items.flatMap((item): LooseItem[] => {
    if (typeof item === 'string') return keep(item) ? [item] : [];
    if (item.type === 'doc' && item.id !== undefined) return keep(item.id) ? [item] : [];
    if (item.type !== 'category' || !Array.isArray(item.items)) return [item];
    const children = keepLoose(item.items, isPublished, dropped);
    const link = item.link?.type === 'doc' && item.link.id !== undefined && !keep(item.link.id) ? undefined : item.link;
    if (children.length > 0) {
      const {link: _old, ...rest} = item;
      return [{...rest, items: children, ...(link ? {link} : {})}];
    }
    if (link?.type === 'doc' && link.id !== undefined) {
      return [{type: 'doc', id: link.id, ...(item.label ? {label: item.label} : {}), ...(item.key ? {key: item.key} : {})}];
    }
    return [];
  });
}
