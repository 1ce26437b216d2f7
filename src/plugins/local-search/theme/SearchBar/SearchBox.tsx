/**
 * The navbar search box (loaded when search opens, see ./index.tsx): a combobox whose listbox offers FTOP tasks (exact ID first) and
 * pages. Ctrl/Cmd+K or `/` focuses it; arrows, Enter and Escape work it without a mouse.
 * The first suggestion is selected automatically, so Enter opens it; the last option opens
 * the results page.
 */
import {Fragment, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHistory} from '@docusaurus/router';
import {usePluralForm} from '@docusaurus/theme-common';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import LanguageMarker from '@site/src/components/LanguageMarker';
import SearchExcerpt from '../SearchExcerpt';
import {nextActiveIndex, resultsPageUrl, searchOptionGroups, type SearchOption, type SearchOptionKind} from '@site/src/search/combobox';
import {isSearchShortcut, isTypingIn} from '@site/src/search/shortcut';
import {useForeignLanguage, useSiteSearch} from '@site/src/search/useSiteSearch';
import {searchInputProps} from './input';
import styles from './styles.module.css';

const TASK_SUGGESTIONS = 5;
const PAGE_SUGGESTIONS = 5;

function groupLabel(kind: SearchOptionKind): string | null {
  if (kind === 'task') return translate({id: 'search.group.tasks', message: 'FTOP tasks'});
  if (kind === 'page') return translate({id: 'search.group.pages', message: 'Pages'});
  return null;
}

/** What the light box had when this one took over. */
export interface SearchBoxProps {
  initialQuery: string;
  /** The light box had the focus: this one takes it, caret at the end. */
  initialFocus: boolean;
  /** Enter was pressed before this box loaded: open the first suggestion once it is in. */
  initialEnter: boolean;
}

export default function SearchBox({initialQuery, initialFocus, initialEnter}: SearchBoxProps): ReactNode {
  const history = useHistory();
  const {selectMessage} = usePluralForm();
  const searchPagePath = useBaseUrl('/search');
  const inputRef = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const [query, setQuery] = useState(initialQuery);
  const [focused, setFocused] = useState(initialFocus);
  const [dismissed, setDismissed] = useState(false);
  // The first suggestion is active from the start (as the effect below keeps it for new results):
  // an Enter that arrives right after this box took over must not find none active.
  const [active, setActive] = useState(0);
  const [isMac, setIsMac] = useState(false);

  // This box exists once search has opened, so loading the index starts now.
  const search = useSiteSearch(query, {active: true, taskLimit: TASK_SUGGESTIONS, pageLimit: PAGE_SUGGESTIONS});
  const foreignLanguage = useForeignLanguage();
  const groups = searchOptionGroups(query, search, {
    href: resultsPageUrl(searchPagePath, query),
    label: translate({id: 'search.option.allResults', message: 'See all results for “{query}”'}, {query: query.trim()}),
  });
  const options = groups.flatMap((group) => group.options);
  const popupVisible = focused && !dismissed && query.trim() !== '';
  const expanded = popupVisible && options.length > 0;
  const found = search.tasks.length + search.pages.length;
  // Until results for the text in the box are in, the list shows older ones.
  const busy = popupVisible && search.status !== 'error' && (search.status === 'loading' || search.query !== query.trim());
  const message =
    search.status === 'error'
      ? translate({id: 'search.status.error', message: 'Search is unavailable right now. Reload the page to try again.'})
      : search.status === 'ready' && found === 0
        ? translate({id: 'search.status.empty', message: 'No results for “{query}”'}, {query: search.query})
        : search.status === 'loading' && found === 0
          ? translate({id: 'search.status.loading', message: 'Searching…'})
          : null;
  const announcement = selectMessage(found, translate({id: 'search.status.suggestions', message: 'One suggestion|{count} suggestions'}, {count: found}));
  const optionId = (index: number) => `${baseId}-option-${index}`;

  useEffect(() => setIsMac(/Mac|iPhone|iPad/.test(navigator.platform)), []);

  // Take over the light box's focus before the browser paints, so no keystroke goes astray.
  useLayoutEffect(() => {
    if (!initialFocus || !inputRef.current) return;
    inputRef.current.focus();
    inputRef.current.setSelectionRange(initialQuery.length, initialQuery.length);
  }, [initialFocus, initialQuery]);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event, isTypingIn(event.target))) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // New results: the first suggestion is active, so typing "3988" and Enter opens the task.
  useEffect(() => setActive(0), [search.query, search.tasks.length, search.pages.length]);

  const close = useCallback(() => {
    setQuery('');
    setActive(-1);
    inputRef.current?.blur();
  }, []);

  const go = useCallback(
    (option: SearchOption) => {
      close();
      history.push(option.href);
    },
    [close, history],
  );

  // Enter pressed before the results for the typed text are in: open the first of them once
  // they are ("3988" Enter typed quickly still lands on the task).
  const [enterPending, setEnterPending] = useState(initialEnter);
  const firstOption = options[0];
  useEffect(() => {
    if (!enterPending || busy) return;
    setEnterPending(false);
    if (firstOption) go(firstOption);
  }, [enterPending, busy, firstOption, go]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setDismissed(false);
      setActive((current) => nextActiveIndex(current, options.length, event.key as 'ArrowDown' | 'ArrowUp'));
    } else if (event.key === 'Enter') {
      const option = expanded ? options[active] : undefined;
      if (busy && active === 0) {
        event.preventDefault();
        setEnterPending(true);
      } else if (option) {
        event.preventDefault();
        go(option);
      } else if (query.trim()) {
        event.preventDefault();
        go({kind: 'all', href: resultsPageUrl(searchPagePath, query), label: ''});
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setEnterPending(false);
      if (expanded) {
        setDismissed(true);
        setActive(-1);
      } else if (query) {
        setQuery('');
      } else {
        inputRef.current?.blur();
      }
    }
  };

  // Options are not links (a link inside an option is a nested control); clicking one navigates.
  const renderOption = (option: SearchOption, i: number) => {
    const Item = option.kind === 'all' ? 'div' : 'li';
    const lang = foreignLanguage(option.language);
    return (
      <Item
        key={`${option.kind}-${option.href}-${i}`}
        id={optionId(i)}
        role="option"
        aria-selected={i === active}
        className={clsx(styles.option, i === active && styles.optionActive, option.kind === 'all' && styles.optionAll)}
        onMouseMove={() => setActive(i)}
        // Keep focus in the input until the click navigates.
        onMouseDown={(event) => event.preventDefault()}
        onClick={(event) => {
          if (event.ctrlKey || event.metaKey || event.shiftKey) window.open(option.href, '_blank', 'noopener');
          else go(option);
        }}>
        <span className={styles.optionLabel}>
          <span lang={lang}>{option.label}</span>
          {lang && <LanguageMarker lang={lang} />}
        </span>
        {option.detail && <span className={styles.optionDetail}>{option.detail}</span>}
        {option.excerpt && <SearchExcerpt segments={option.excerpt} className={styles.optionDetail} lang={lang} />}
      </Item>
    );
  };

  let index = 0;
  return (
    <div className={styles.searchBox}>
      <input
        ref={inputRef}
        {...searchInputProps()}
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setDismissed(false);
          setEnterPending(false);
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onKeyDown={onKeyDown}
      />
      {!focused && !query && (
        <kbd className={styles.shortcut} aria-hidden="true">
          {isMac ? '⌘' : 'Ctrl'} K
        </kbd>
      )}
      <div className={styles.popup} hidden={!popupVisible}>
        {message && <p className={styles.message}>{message}</p>}
        <div id={listboxId} role="listbox" className={styles.listbox} aria-busy={busy} aria-label={translate({id: 'search.bar.suggestions', message: 'Search suggestions'})}>
          {groups.map((group) => {
            const label = groupLabel(group.kind);
            const renderedOptions = group.options.map((option) => renderOption(option, index++));
            if (!label) return <Fragment key={group.kind}>{renderedOptions}</Fragment>;
            const labelId = `${baseId}-group-${group.kind}`;
            return (
              <ul key={group.kind} role="group" aria-labelledby={labelId} className={styles.group}>
                <li id={labelId} role="presentation" className={styles.groupLabel}>
                  {label}
                </li>
                {renderedOptions}
              </ul>
            );
          })}
        </div>
      </div>
      <div className="sr-only" role="status" aria-live="polite">
        {popupVisible ? (message ?? announcement) : ''}
      </div>
    </div>
  );
}
