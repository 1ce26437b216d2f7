import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/** What the light box (./index.tsx) and the real one (./SearchBox.tsx) share: the same name, look and shortcuts. */
export function searchInputProps() {
  return {
    type: 'search',
    role: 'combobox',
    className: clsx('navbar__search-input', styles.input),
    'aria-label': translate({id: 'search.bar.label', message: 'Search the playbook'}),
    placeholder: translate({id: 'search.bar.placeholder', message: 'Search'}),
    'aria-keyshortcuts': 'Control+K Meta+K /',
    'aria-autocomplete': 'list',
    autoComplete: 'off',
    spellCheck: false,
  } as const;
}
