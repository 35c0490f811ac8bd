import { useCallback, useEffect, useState } from 'react';
import type { Clipping } from '../../shared/clipping';
import { useArchiveChanged } from './use-archive-changed';
import { errorText } from '../lib/errors';

export interface ClippingState {
  clipping: Clipping | null;
  loading: boolean;
  error: string | null;
}

interface Loaded {
  id: string;
  clipping: Clipping | null;
  error: string | null;
}

/**
 * The full clipping for the reading pane, kept fresh when main reports a change to it.
 * A refresh keeps the current text on screen until the new one arrives.
 */
export function useClipping(id: string | null): ClippingState {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!id) return;
    let live = true;
    window.cuttings.clippings.get({ id }).then(
      (clipping) => live && setLoaded({ id, clipping, error: null }),
      (err: unknown) => live && setLoaded({ id, clipping: null, error: errorText(err) }),
    );
    return () => {
      live = false;
    };
  }, [id, version]);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useArchiveChanged((ids) => {
    if (id && (ids.length === 0 || ids.includes(id))) refresh();
  });

  if (!id) return { clipping: null, loading: false, error: null };
  if (loaded?.id !== id) return { clipping: null, loading: true, error: null };
  return { clipping: loaded.clipping, loading: false, error: loaded.error };
}
