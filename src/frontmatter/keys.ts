/** Where a page's DocFX `title` goes once its H1 names the page; read by the theme for og:title. */
export const DOCFX_TITLE_KEY = 'docfx_title';
