import fs from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../..');

/**
 * The real playbook corpus, read in place (never copied into the repo):
 * `$PLAYBOOK_CORPUS_DIR`, else `../shared/...` next to the repo, else `/work/shared/...`.
 */
export function corpusDir(): string {
  const candidates = [
    process.env.PLAYBOOK_CORPUS_DIR,
    path.resolve(REPO_ROOT, '../shared/corpus/fasttrack-playbook'),
    '/work/shared/corpus/fasttrack-playbook',
  ].filter((c): c is string => Boolean(c));
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'english-playbook')));
  if (!found) {
    throw new Error(`Playbook corpus not found (looked in ${candidates.join(', ')}); set PLAYBOOK_CORPUS_DIR to its folder.`);
  }
  return found;
}

/** The editions in the corpus, by the locale each one is imported as. */
export const CORPUS_EDITIONS = [
  {locale: 'en', folder: 'english-playbook'},
  {locale: 'de', folder: 'german-playbook'},
  {locale: 'es', folder: 'spanish-playbook'},
  {locale: 'ja', folder: 'japanese-playbook'},
] as const;

/** Every corpus page of every edition, as absolute paths. */
export function corpusPages(): string[] {
  const dir = corpusDir();
  return CORPUS_EDITIONS.map((e) => e.folder).flatMap((sub) =>
    fs.readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(dir, sub, f)),
  );
}
