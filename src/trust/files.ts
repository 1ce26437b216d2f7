/**
 * Which files the site publishes when a page links or embeds them: passive types only, so a
 * file from a pull request can never run script on the site's origin. Decided by extension
 * here; the content of images (and SVG's script-freedom) is checked where files are read.
 */

export const PUBLISHED_FILE_TYPES = {
  /** Raster images, and SVG when `inspectSvg` finds it passive. */
  image: ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'bmp', 'ico', 'svg'],
  document: ['pdf', 'doc', 'docx', 'dotx', 'xls', 'xlsx', 'xltx', 'ppt', 'pptx', 'potx', 'ppsx', 'vsd', 'vsdx', 'odt', 'ods', 'odp', 'rtf'],
  archive: ['zip', '7z', 'gz', 'tgz', 'tar', 'bz2', 'xz'],
  text: ['txt', 'csv', 'tsv', 'log'],
} as const;

export type PublishedKind = keyof typeof PUBLISHED_FILE_TYPES;

/** Types refused by name, with the reason an author reads. */
const REFUSED: readonly {extensions: readonly string[]; why: string}[] = [
  {extensions: ['html', 'htm', 'xhtml', 'xht', 'shtml', 'mht', 'mhtml', 'xml', 'xsl', 'xslt', 'svgz'], why: 'a web document, which would run its scripts on the site\'s own address'},
  {extensions: ['js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'wasm', 'swf', 'jar', 'exe', 'msi', 'dll', 'bat', 'cmd', 'ps1', 'sh', 'vbs', 'hta', 'docm', 'xlsm', 'pptm', 'dotm'], why: 'code or a document with macros'},
  {extensions: ['mdx'], why: 'MDX, which is code; pages are Markdown (.md)'},
];

export type FileVerdict = {published: true; kind: PublishedKind; extension: string} | {published: false; reason: string};

/** Whether a file may be published, by its name: `media/x.png` yes, `x.html`, `.env` no. */
export function publishedTypeOf(fileName: string): FileVerdict {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  if (base.startsWith('.')) return {published: false, reason: `"${base}" is a hidden file (its name starts with "."), which is never published`};
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  for (const [kind, extensions] of Object.entries(PUBLISHED_FILE_TYPES) as [PublishedKind, readonly string[]][]) {
    if (extensions.includes(extension)) return {published: true, kind, extension};
  }
  const refused = REFUSED.find((r) => r.extensions.includes(extension));
  if (refused) return {published: false, reason: `"${base}" is ${refused.why}, so it is not published`};
  return {
    published: false,
    reason: `"${base}" is not a type the site publishes (images, PDF, Office documents, archives and plain text are)`,
  };
}

/** Every published extension, for documentation and messages. */
export function publishedExtensions(kind?: PublishedKind): string[] {
  return kind ? [...PUBLISHED_FILE_TYPES[kind]] : Object.values(PUBLISHED_FILE_TYPES).flat();
}
