/** Shared by the `tasks/:id` route's component and the plugin that writes each task's page from it. */

/** The element the template leaves empty and each task page fills. */
export const TASK_PAGE_ELEMENT = 'task-page';
/** The template's title (in `<title>` and its meta tags), replaced by each task's. */
export const TASK_TITLE_PLACEHOLDER = 'task-page-title-placeholder';
