import type {ReactNode} from 'react';
import type {ExcerptSegment} from '@site/src/search/excerpt';

/** A result excerpt with the matched words marked; rendered as text, never as HTML. */
export default function SearchExcerpt({segments, className, lang}: {segments: readonly ExcerptSegment[]; className?: string; lang?: string}): ReactNode {
  return (
    <span className={className} lang={lang}>
      {segments.map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </span>
  );
}
