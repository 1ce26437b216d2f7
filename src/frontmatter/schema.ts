import * as z from 'zod';
import {expectedDateForms, parsePlaybookDate} from '../playbook/dates';
import {DEFAULT_DATE_CONVENTIONS, type DateConventions, type DateOrder} from '../playbook/locales';
import {isSitePath, isWebUrl} from '../trust/url';

/**
 * Every front-matter key a playbook page may use: the DocFX keys the corpus writes and
 * Docusaurus's own doc/page keys. Each key says what it expects, in the words the
 * build error shows an author.
 */
interface Field {
  schema: z.ZodType;
  expected: string;
}

const text = (example: string): Field => ({schema: z.string(), expected: `text, e.g. ${example}`});
const flag = (key: string): Field => ({schema: z.boolean(), expected: `true or false, e.g. ${key}: true`});
const docIdOrNull = (key: string): Field => ({
  schema: z.string().nullable(),
  expected: `a doc id, or null for none, e.g. ${key}: lifecycle/remediate/remediate-address-technical-gaps`,
});
const headingLevel = (key: string, example: number): Field => ({
  schema: z.int().min(2).max(6),
  expected: `a whole number from 2 to 6, e.g. ${key}: ${example}`,
});

/** A date as the page's locale writes it (`DateConventions`); in English `ms.date: 1/29/2020` is 29 January. */
const playbookDate = (conventions: DateConventions) => z.string().refine((value) => parsePlaybookDate(value, conventions) !== null);
const dateForms = (conventions: DateConventions) => `a date written ${expectedDateForms(conventions)}`;

/** "slash dates month first and dotted dates day first": which order the page's locale writes, for messages. */
function dateOrders(conventions: DateConventions): string {
  const words = (order: DateOrder) => (order === 'month-first' ? 'month first' : 'day first');
  return `slash dates ${words(conventions.slash)} and dotted dates ${words(conventions.dotted)}`;
}

/** The date fields, read by the conventions of the page's locale (its entry's `dates`). */
function dateFields(conventions: DateConventions) {
  const example = conventions.slash === 'month-first' ? '1/29/2020' : '29/1/2020';
  return {
    'ms.date': {
      schema: playbookDate(conventions),
      expected: `${dateForms(conventions)} (this page's language writes ${dateOrders(conventions)}); e.g. ms.date: ${example} is 29 January 2020`,
    },
    last_update: {
      schema: z
        .strictObject({author: z.string().optional(), date: z.union([playbookDate(conventions), z.iso.datetime({offset: true})]).optional()})
        .refine((value) => value.author !== undefined || value.date !== undefined),
      expected: `key: value pairs with a date (${expectedDateForms(conventions)}) and/or an author, e.g. last_update: {date: 2020-01-29, author: Celia Kennedy}`,
    },
  } as const satisfies Record<string, Field>;
}
const DEFAULT_DATE_FIELDS = dateFields(DEFAULT_DATE_CONVENTIONS);

export const DOCFX_FIELDS = {
  title: text('title: FastTrack Partner Playbook - Address Technical Gaps'),
  description: text('description: How partners close technical gaps'),
  author: text('author: Celia Kennedy'),
  'ms.author': text('ms.author: v-cekenn'),
  manager: text('manager: pagrim'),
  'ms.date': DEFAULT_DATE_FIELDS['ms.date'],
  'ms.topic': text('ms.topic: playbook'),
  'ms.prod': text('ms.prod: non-product-specific'),
  'ms.custom': text('ms.custom: partner-playbook'),
  'ft.audience': text('ft.audience: partner'),
  'ft.owner': text('ft.owner: pagrim'),
  // The portal's own key: false for pages whose task tables are examples (the authoring guide).
  'ft.catalog': flag('ft.catalog'),
} as const satisfies Record<string, Field>;

const tag = z.union([z.string(), z.object({label: z.string(), permalink: z.string()})]);

/** Docusaurus's doc (and page) front matter, as its docs plugin validates it. */
export const DOCUSAURUS_FIELDS = {
  id: {
    schema: z.string().refine((value) => !value.includes('/')),
    expected: 'text without "/", e.g. id: address-technical-gaps',
  },
  sidebar_label: text('sidebar_label: Technical gaps'),
  sidebar_position: {schema: z.number(), expected: 'a number, e.g. sidebar_position: 3'},
  sidebar_class_name: text('sidebar_class_name: important'),
  sidebar_key: text('sidebar_key: technical-gaps'),
  sidebar_custom_props: {schema: z.record(z.string(), z.unknown()), expected: 'key: value pairs, e.g. sidebar_custom_props: {badge: new}'},
  displayed_sidebar: {schema: z.string().nullable(), expected: 'a sidebar id, or null, e.g. displayed_sidebar: playbook'},
  hide_title: flag('hide_title'),
  hide_table_of_contents: flag('hide_table_of_contents'),
  parse_number_prefixes: flag('parse_number_prefixes'),
  draft: flag('draft'),
  unlisted: flag('unlisted'),
  keywords: {schema: z.array(z.string()), expected: 'a list of text, e.g. keywords: [FastTrack, remediation]'},
  // A web address or a path under static/: a relative path would make the bundler read a file from disk.
  image: {
    schema: z.string().refine((value) => isWebUrl(value) || isSitePath(value)),
    expected: 'an https:// address or a path under static/ starting with /, e.g. image: /img/social-card.png',
  },
  slug: text('slug: /remediate/technical-gaps'),
  tags: {schema: z.array(tag), expected: 'a list of tags, e.g. tags: [remediation, identity]'},
  pagination_label: text('pagination_label: Technical gaps'),
  pagination_next: docIdOrNull('pagination_next'),
  pagination_prev: docIdOrNull('pagination_prev'),
  custom_edit_url: {
    schema: z.string().refine(isWebUrl).nullable(),
    expected: 'an https:// address, or null to hide the edit link, e.g. custom_edit_url: null',
  },
  toc_min_heading_level: headingLevel('toc_min_heading_level', 2),
  toc_max_heading_level: headingLevel('toc_max_heading_level', 3),
  last_update: DEFAULT_DATE_FIELDS.last_update,
  wrapperClassName: text('wrapperClassName: landing'),
} as const satisfies Record<string, Field>;

export const FRONT_MATTER_FIELDS: Readonly<Record<string, Field>> = {...DOCFX_FIELDS, ...DOCUSAURUS_FIELDS};
export type FrontMatterKey = keyof typeof DOCFX_FIELDS | keyof typeof DOCUSAURUS_FIELDS;
export const FRONT_MATTER_KEYS = Object.keys(FRONT_MATTER_FIELDS) as FrontMatterKey[];

/** Every field, with the date fields read by `conventions` (memoised: one per kind of locale). */
const fieldsByConventions = new Map<string, Readonly<Record<string, Field>>>();
export function frontMatterFieldsFor(conventions: DateConventions = DEFAULT_DATE_CONVENTIONS): Readonly<Record<string, Field>> {
  const key = `${conventions.slash} ${conventions.dotted}`;
  let fields = fieldsByConventions.get(key);
  if (!fields) fieldsByConventions.set(key, (fields = {...FRONT_MATTER_FIELDS, ...dateFields(conventions)}));
  return fields;
}

/** Marks a cross-key problem whose message is complete as written. */
const WHOLE_MESSAGE = {wholeMessage: true} as const;

function schemaOf(fields: Readonly<Record<string, Field>>) {
  return z
    .looseObject(Object.fromEntries(FRONT_MATTER_KEYS.map((key) => [key, fields[key]!.schema.optional()])))
    .superRefine((fm, ctx) => {
      const min = fm.toc_min_heading_level;
      const max = fm.toc_max_heading_level;
      if (typeof min === 'number' && typeof max === 'number' && min > max) {
        ctx.addIssue({
          code: 'custom',
          path: ['toc_min_heading_level'],
          params: WHOLE_MESSAGE,
          message: `Front matter "toc_min_heading_level" (${min}) is greater than "toc_max_heading_level" (${max}); make it ${max} or less.`,
        });
      }
      if (fm.draft === true && fm.unlisted === true) {
        ctx.addIssue({
          code: 'custom',
          path: ['unlisted'],
          params: WHOLE_MESSAGE,
          message: 'Front matter sets both "draft" and "unlisted" to true; a page can be one or the other. Remove one of them.',
        });
      }
    });
}

/** The one schema for a playbook page's front matter, dates in the default locale's conventions. Unknown keys pass; the validator warns about them. */
export const frontMatterSchema = schemaOf(FRONT_MATTER_FIELDS);

const schemas = new WeakMap<Readonly<Record<string, Field>>, ReturnType<typeof schemaOf>>();
/** The same schema with dates read as the page's locale writes them. */
export function frontMatterSchemaFor(conventions: DateConventions = DEFAULT_DATE_CONVENTIONS): ReturnType<typeof schemaOf> {
  const fields = frontMatterFieldsFor(conventions);
  let schema = schemas.get(fields);
  if (!schema) schemas.set(fields, (schema = schemaOf(fields)));
  return schema;
}

export type PlaybookFrontMatter = z.infer<typeof frontMatterSchema>;

export function isWholeMessage(params: unknown): boolean {
  return typeof params === 'object' && params !== null && (params as {wholeMessage?: unknown}).wholeMessage === true;
}
