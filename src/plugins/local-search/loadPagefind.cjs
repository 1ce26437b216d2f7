// Pagefind's Node API is ESM-only, and Docusaurus loads the site config through jiti, which
// rewrites `import()` in TypeScript to `require()`. Loaded with Node's own require, this file
// keeps Node's dynamic import.
module.exports = () => import('pagefind');
