/**
 * Audiences: `ft.audience` names who a page is for (`partner`, `internal`, or several:
 * `partner, internal`). One repository can feed a site per audience: a build with
 * `PLAYBOOK_AUDIENCE=partner` publishes only the pages for partners.
 */

/** The variable that selects one audience's build. */
export const AUDIENCE_VARIABLE = 'PLAYBOOK_AUDIENCE';

/** An audience name: a lower-case word, as DocFX TOC file names carry it (`toc--partner.yml`). */
const AUDIENCE_NAME = /^[a-z][a-z0-9-]*$/;

/** The audiences an `ft.audience` value names, lower-cased, in order; none for a missing or empty value. */
export function audiencesOf(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;]/) : [];
  return [...new Set(parts.filter((p): p is string => typeof p === 'string').map((p) => p.trim().toLowerCase()).filter(Boolean))];
}

/**
 * The audience a build is for, from the environment: null without the variable (every page is
 * published, as without audiences). A value that is no audience name is an error that says how to fix it.
 */
export function buildAudience(env: Readonly<Record<string, string | undefined>>): string | null {
  const raw = env[AUDIENCE_VARIABLE];
  if (raw === undefined || raw.trim() === '') return null;
  const audience = raw.trim().toLowerCase();
  if (!AUDIENCE_NAME.test(audience)) {
    throw new Error(`${AUDIENCE_VARIABLE} is "${raw}"; give one audience as the pages' ft.audience names it, e.g. ${AUDIENCE_VARIABLE}=partner, or leave it unset to publish every page.`);
  }
  return audience;
}
