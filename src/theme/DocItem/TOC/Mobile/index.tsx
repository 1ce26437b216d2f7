// Wraps the mobile table of contents: its headings are the page's, in the page's language.
import TOC from '@theme-original/DocItem/TOC/Mobile';
import {withShownLanguage} from '@site/src/components/ShownLanguage';

export default withShownLanguage(TOC);
