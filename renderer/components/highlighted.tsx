import type { ReactElement } from 'react';
import { segments } from '../lib/highlight';

/** A snippet with its matches wrapped in `<mark>`; text only, never markup from the engine. */
export function Highlighted({
  text,
  ranges,
  className,
  dir,
}: {
  text: string;
  ranges: ReadonlyArray<readonly [number, number]>;
  className?: string;
  /** `auto` for text in any script (Arabic, Hebrew) that sets its own direction. */
  dir?: 'auto';
}): ReactElement {
  return (
    <span className={className} dir={dir}>
      {segments(text, ranges).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </span>
  );
}
