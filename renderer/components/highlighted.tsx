import type { ReactElement } from 'react';
import { segments } from '../lib/highlight';

/** A snippet with its matches wrapped in `<mark>`; text only, never markup from the engine. */
export function Highlighted({
  text,
  ranges,
  className,
}: {
  text: string;
  ranges: ReadonlyArray<readonly [number, number]>;
  className?: string;
}): ReactElement {
  return (
    <span className={className}>
      {segments(text, ranges).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </span>
  );
}
