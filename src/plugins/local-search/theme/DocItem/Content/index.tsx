// Wraps (does not eject) the doc content so the local search indexes only it:
// Pagefind skips everything outside `data-pagefind-body` (navbar, sidebars, TOC, footer).
import type {ReactNode} from 'react';
import DocItemContent from '@theme-init/DocItem/Content';
import type {Props} from '@theme/DocItem/Content';

export default function DocItemContentWrapper(props: Props): ReactNode {
  return (
    <div data-pagefind-body="">
      <DocItemContent {...props} />
    </div>
  );
}
