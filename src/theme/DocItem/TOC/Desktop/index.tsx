// Wraps the desktop table of contents: its headings are the page's, in the page's language.
import TOC from '@theme-original/DocItem/TOC/Desktop';
import {withShownLanguage} from '@site/src/components/ShownLanguage';

export default withShownLanguage(TOC);
