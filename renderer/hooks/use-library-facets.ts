import { useCallback, useEffect, useState } from 'react';
import type { Facets } from '../../shared/clipping';
import { useArchiveChanged } from './use-archive-changed';

/**
 * Facets of the whole library (an empty query matches everything), so the sidebar can
 * offer sources, people, places and years before anything is typed.
 */
export function useLibraryFacets(enabled: boolean): Facets | null {
  const [facets, setFacets] = useState<Facets | null>(null);
  const load = useCallback(() => {
    if (!enabled) return;
    window.cuttings.search.query({ q: '', limit: 1 }).then(
      (r) => setFacets(r.facets),
      () => setFacets(null),
    );
  }, [enabled]);
  useEffect(load, [load]);
  // Facets over the whole archive are the costliest refresh: once per burst of changes.
  useArchiveChanged(load, 400);
  return enabled ? facets : null;
}
