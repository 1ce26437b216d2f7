/**
 * The navbar search box, light until search opens: an input named and styled like the real box
 * (./SearchBox), which loads on first focus (a click, Tab, Ctrl/Cmd+K or `/`) and takes over the
 * text typed so far, the focus and an Enter already pressed. Pages that never open search never
 * load its code.
 */
import {useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import {flushSync} from 'react-dom';
import {isSearchShortcut, isTypingIn} from '@site/src/search/shortcut';
import type {SearchBoxProps} from './SearchBox';
import {searchInputProps} from './input';
import styles from './styles.module.css';

type SearchBoxComponent = (props: SearchBoxProps) => ReactNode;

let searchBox: Promise<SearchBoxComponent> | null = null;
/** Loads the real box once per page session. */
function loadSearchBox(): Promise<SearchBoxComponent> {
  searchBox ??= import('./SearchBox').then((module) => module.default);
  return searchBox;
}

export default function SearchBar(): ReactNode {
  const inputRef = useRef<HTMLInputElement>(null);
  const enterPressed = useRef(false);
  const [loaded, setLoaded] = useState<{SearchBox: SearchBoxComponent; props: SearchBoxProps} | null>(null);
  const [focused, setFocused] = useState(false);
  const [isMac, setIsMac] = useState(false);

  const open = useCallback(() => {
    loadSearchBox().then(
      (SearchBox) => {
        const input = inputRef.current;
        if (!input) return;
        // One synchronous commit: the real box mounts and takes the focus before the next keystroke.
        flushSync(() =>
          setLoaded({SearchBox, props: {initialQuery: input.value, initialFocus: document.activeElement === input, initialEnter: enterPressed.current}}),
        );
      },
      (error: unknown) => console.error('Search could not load. Reload the page to try again.', error),
    );
  }, []);

  useEffect(() => setIsMac(/Mac|iPhone|iPad/.test(navigator.platform)), []);

  useEffect(() => {
    if (loaded) return undefined; // the real box listens from now on
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event, isTypingIn(event.target))) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [loaded]);

  if (loaded) return <loaded.SearchBox {...loaded.props} />;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // "3988" and Enter typed before the box has loaded: it opens the first suggestion once it has.
    if (event.key === 'Enter' && event.currentTarget.value.trim()) {
      event.preventDefault();
      enterPressed.current = true;
    }
  };

  return (
    <div className={styles.searchBox}>
      <input
        ref={inputRef}
        {...searchInputProps()}
        aria-expanded={false}
        onFocus={() => {
          setFocused(true);
          open();
        }}
        onBlur={() => setFocused(false)}
        onChange={() => (enterPressed.current = false)}
        onKeyDown={onKeyDown}
      />
      {!focused && (
        <kbd className={styles.shortcut} aria-hidden="true">
          {isMac ? '⌘' : 'Ctrl'} K
        </kbd>
      )}
    </div>
  );
}
