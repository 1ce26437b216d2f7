/**
 * The route `tasks/:id` (one route for every task). Its build output is only the template of the
 * task pages: the task-catalog plugin writes `tasks/<id>.html` from it with the task's content in
 * `#task-page` (src/plugins/task-catalog/taskPages.ts). Hydrating, this keeps that content as it
 * is; reached by client-side navigation, it reads the same content from the task's HTML file.
 */
import {useEffect, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import {translate} from '@docusaurus/Translate';
import {useLocation} from '@docusaurus/router';
import {TASK_PAGE_ELEMENT, TASK_TITLE_PLACEHOLDER} from './ids';
import styles from './styles.module.css';

interface Content {
  title: string;
  html: string;
}

/** The task content already in the document (a task page's own HTML), if any. */
function contentIn(root: Pick<Document, 'getElementById'>): Content | null {
  const element = root.getElementById(TASK_PAGE_ELEMENT);
  return element && element.innerHTML ? {title: element.dataset.title ?? '', html: element.innerHTML} : null;
}

export default function TaskPage(): ReactNode {
  const {pathname} = useLocation();
  // Server rendering: the empty template. Hydration: exactly what the HTML file holds.
  const [loaded, setLoaded] = useState<{pathname: string; content: Content | null}>(() => ({
    pathname,
    content: typeof document === 'undefined' ? null : contentIn(document),
  }));
  const [missing, setMissing] = useState(false);
  const content = loaded.pathname === pathname ? loaded.content : null;

  useEffect(() => {
    if (content) return undefined;
    let current = true;
    setMissing(false);
    fetch(pathname)
      .then((response) => (response.ok ? response.text() : ''))
      .then((html) => {
        const found = html ? contentIn(new DOMParser().parseFromString(html, 'text/html')) : null;
        if (!current) return;
        setLoaded({pathname, content: found});
        setMissing(!found);
      })
      .catch(() => void (current && setMissing(true)));
    return () => {
      current = false;
    };
  }, [pathname, content]);

  // The server's template carries the placeholder the plugin replaces; in the browser, until the
  // task's content is in, the tab shows the task ID rather than the placeholder.
  const title = content?.title || (typeof document === 'undefined' ? TASK_TITLE_PLACEHOLDER : (pathname.split('/').filter(Boolean).pop() ?? ''));
  return (
    <Layout title={title} description={translate({id: 'tasks.page.description', message: 'An FTOP task of the playbook: requirement, role, services, phase, and every page that lists it.', description: 'Meta description of a task page'})}>
      <main className="container margin-vert--lg">
        <div id={TASK_PAGE_ELEMENT} data-title={content?.title ?? ''} className={styles.taskPage} dangerouslySetInnerHTML={{__html: content?.html ?? ''}} />
        {missing ? (
          <p role="status">
            {translate({id: 'tasks.page.missing', message: 'No task page at this address. Task pages are written by the production build.', description: 'Shown when a task page cannot be loaded'})}
          </p>
        ) : null}
      </main>
    </Layout>
  );
}
