/** The playbook's grammar: one module that the build, components, catalog, importer and linter share. */
export * from './blockers';
export * from './callouts';
export * from './docfxBlocks';
export * from './dates';
export * from './history';
export * from './legacyNames';
export * from './locales';
export * from './numberedProse';
export * from './pageFacts';
export * from './tasks';
export * from './titles';
export * from './text';
