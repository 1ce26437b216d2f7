// Wraps the theme's LastUpdated: its "Jan 29, 2020" and full-timestamp datetime become the
// playbook's "January 29, 2020" / "29. Januar 2020" with `datetime="2020-01-29"`.
import React, {type ReactNode} from 'react';
import LastUpdated from '@theme-original/LastUpdated';
import type LastUpdatedType from '@theme/LastUpdated';
import type {WrapperProps} from '@docusaurus/types';
import Translate from '@docusaurus/Translate';
import {ThemeClassNames} from '@docusaurus/theme-common';
import PlaybookDate from '@site/src/components/PlaybookDate';
import {calendarDateOfTimestamp} from '@site/src/playbook/dates';

type Props = WrapperProps<typeof LastUpdatedType>;

export default function LastUpdatedWrapper(props: Props): ReactNode {
  // Only the date is restyled; an author line (showLastUpdateAuthor) keeps the theme's rendering.
  if (!props.lastUpdatedAt || props.lastUpdatedBy) return <LastUpdated {...props} />;
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      <Translate
        id="playbook.lastUpdated.onDate"
        description="Footer line with the date a playbook page was last updated"
        values={{date: <b><PlaybookDate date={calendarDateOfTimestamp(props.lastUpdatedAt)} itemProp="dateModified" /></b>}}>
        {'Last updated on {date}'}
      </Translate>
    </span>
  );
}
