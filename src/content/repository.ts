/**
 * Where the site's sources live, configured once: "Edit this page" links and the translation
 * status's edit links point here. `PLAYBOOK_REPOSITORY_URL` overrides it (the workflows set it
 * to the repository they run in).
 */
export const REPOSITORY_URL = process.env.PLAYBOOK_REPOSITORY_URL ?? 'https://github.com/fasttrack/partner-playbook-portal';
export const EDIT_BRANCH = 'main';

const encodePath = (file: string) => file.split('/').map(encodeURIComponent).join('/');

/** The repository host's editor for a site-relative file. */
export function editUrlOf(file: string, repositoryUrl = REPOSITORY_URL): string {
  return `${repositoryUrl}/edit/${EDIT_BRANCH}/${encodePath(file)}`;
}

/** The repository host's "new file" form, with the folder and name filled in. */
export function newFileUrlOf(file: string, repositoryUrl = REPOSITORY_URL): string {
  const slash = file.lastIndexOf('/');
  const [dir, name] = slash < 0 ? ['', file] : [file.slice(0, slash), file.slice(slash + 1)];
  return `${repositoryUrl}/new/${EDIT_BRANCH}/${encodePath(dir)}?filename=${encodeURIComponent(name)}`;
}
