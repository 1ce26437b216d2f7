// Wraps (does not eject) the theme's MDX components: the remark plugins emit JSX
// elements by these names, and pages resolve them here.
import MDXComponents from '@theme-original/MDXComponents';
import Link from '@docusaurus/Link';
import Callout from '@site/src/components/Callout';
import Checklist from '@site/src/components/Checklist';
import LanguageMarker from '@site/src/components/LanguageMarker';
import NextStepAction from '@site/src/components/NextStepAction';
import OutdatedTranslation from '@site/src/components/OutdatedTranslation';
import {Fact, MethodFacts, PageFacts} from '@site/src/components/PageFacts';
import PlaybookDate from '@site/src/components/PlaybookDate';
import RevisionHistory from '@site/src/components/RevisionHistory';
import {TaskCell, TaskRow, TaskTable} from '@site/src/components/TaskTable';
import Video from '@site/src/components/Video';

export default {
  ...MDXComponents,
  Callout,
  Checklist,
  Link,
  LanguageMarker,
  NextStepAction,
  OutdatedTranslation,
  Video,
  PlaybookDate,
  PageFacts,
  MethodFacts,
  Fact,
  RevisionHistory,
  TaskTable,
  TaskRow,
  TaskCell,
};
