/**
 * The catalog's filters: React state that the address bar follows. Writing through the router
 * would re-render the whole page (navbar, footer, the list) on every keystroke, so the URL is
 * written with `history.replaceState`, after a pause in typing. The router still sets the
 * filters when it navigates here (a link, back/forward).
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import {useHistory} from '@docusaurus/router';
import {EMPTY_TASK_QUERY, formatTaskQuery, parseTaskQuery, type TaskQuery} from '../../tasks/catalog';

/** Typing writes the URL once it pauses this long; other changes write it at once. */
export const URL_PAUSE_MS = 300;

export interface QueryUpdate {
  (change: Partial<TaskQuery>, options?: {typing?: boolean}): void;
}

/** Writes `query` into the address bar without a navigation; keeps the router's state and drops the hash. */
export function writeQueryToUrl(query: TaskQuery, win: Pick<Window, 'history' | 'location'> = window): void {
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${formatTaskQuery(query)}`);
}

export function useTaskQuery(): [TaskQuery, QueryUpdate] {
  const history = useHistory();
  // Empty while the server renders and the page hydrates, so the first client render matches the HTML.
  const [query, setQuery] = useState<TaskQuery>(EMPTY_TASK_QUERY);
  const latest = useRef<TaskQuery>(EMPTY_TASK_QUERY);
  const pendingWrite = useRef<number | undefined>(undefined);

  useEffect(() => {
    const read = (search: string) => {
      window.clearTimeout(pendingWrite.current);
      latest.current = parseTaskQuery(search);
      setQuery(latest.current);
    };
    read(window.location.search);
    const stopListening = history.listen((location) => read(location.search));
    return () => {
      stopListening();
      // A write after leaving would replace the next page's URL.
      window.clearTimeout(pendingWrite.current);
    };
  }, [history]);

  const update = useCallback<QueryUpdate>((change, {typing = false} = {}) => {
    const next = {...latest.current, page: 1, ...change};
    latest.current = next;
    setQuery(next);
    window.clearTimeout(pendingWrite.current);
    if (typing) pendingWrite.current = window.setTimeout(() => writeQueryToUrl(next), URL_PAUSE_MS);
    else writeQueryToUrl(next);
  }, []);

  return [query, update];
}
