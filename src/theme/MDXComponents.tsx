// Wraps (does not eject) the theme's MDX components: the remark plugins emit JSX
// elements by these names, and pages resolve them here.
import MDXComponents from '@theme-original/MDXComponents';
import PlaybookDate from '@site/src/components/PlaybookDate';
import {Fact, MethodFacts, PageFacts} from '@site/src/components/PageFacts';
import RevisionHistory from '@site/src/components/RevisionHistory';
import {TaskCell, TaskRow, TaskTable} from '@site/src/components/TaskTable';

export default {
  ...MDXComponents,
  PlaybookDate,
  PageFacts,
  MethodFacts,
  Fact,
  RevisionHistory,
  TaskTable,
  TaskRow,
  TaskCell,
};
