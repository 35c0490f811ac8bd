import { useEffect, useRef } from 'react';

/**
 * Calls `listener` whenever main says clippings were added, changed or removed. The
 * latest listener is always used, so callers need not memoise it.
 */
export function useArchiveChanged(listener: (ids: string[]) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => window.cuttings.on('archive.changed', ({ ids }) => latest.current(ids)), []);
}
