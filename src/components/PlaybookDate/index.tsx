import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {formatPlaybookDate, isCalendarDate} from '@site/src/playbook/dates';

export interface PlaybookDateProps {
  /** `YYYY-MM-DD`. */
  date: string;
  itemProp?: string;
}

/** A calendar day as `<time datetime="YYYY-MM-DD">`, written out for the page's locale. */
export default function PlaybookDate({date, itemProp}: PlaybookDateProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (!isCalendarDate(date)) return date;
  const locale = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  return (
    <time dateTime={date} itemProp={itemProp}>
      {formatPlaybookDate(date, locale)}
    </time>
  );
}
