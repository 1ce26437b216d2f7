import type {ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** DocFX `> [!div class="nextstepaction"]`: the link inside shows as a next-step button. */
export default function NextStepAction({children}: {children?: ReactNode}): ReactNode {
  return <div className={clsx('nextstepaction', styles.nextStep)}>{children}</div>;
}
