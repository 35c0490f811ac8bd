import { useEffect, useState } from 'react';

/**
 * `value`, taken up one frame late: a change is passed on in a task after the next frame is
 * painted. What the user waits for (a search's results) is laid out and painted first, and
 * what sits beside it (the sidebar's facets of those results) in the frame after. A value
 * that changes again meanwhile replaces the pending one, so fast typing lays the sidebar out
 * once, for the last results.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}

/**
 * False until a frame has been painted since `key` was first seen, then true: for parts of a
 * view that can wait a frame (what lies below the first screen), so the first frame shows
 * the rest sooner.
 */
export function usePaintedSince(key: string): boolean {
  const [painted, setPainted] = useState<string | null>(null);
  useEffect(() => {
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(key), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [key]);
  return painted === key;
}
