// Wraps (does not eject) the theme's MDX components: the remark plugins emit JSX
// elements by these names, and pages resolve them here.
import MDXComponents from '@theme-original/MDXComponents';
import {TaskCell, TaskRow, TaskTable} from '@site/src/components/TaskTable';

export default {
  ...MDXComponents,
  TaskTable,
  TaskRow,
  TaskCell,
};
