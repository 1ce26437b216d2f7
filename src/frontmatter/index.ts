/** Page front matter: the one schema, its validator (build + linter) and the Docusaurus hook. */
export * from './schema';
export * from './validate';
export * from './docusaurus';
export * from './keys';
