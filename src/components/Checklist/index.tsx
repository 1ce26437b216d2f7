import type {ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/**
 * DocFX `> [!div class="checklist"]`: the list inside shows each item with a check mark.
 * The marks are decoration; the list stays a plain list for screen readers.
 */
export default function Checklist({children}: {children?: ReactNode}): ReactNode {
  return <div className={clsx('checklist', styles.checklist)}>{children}</div>;
}
