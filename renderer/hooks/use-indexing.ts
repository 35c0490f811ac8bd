import { useEffect, useState } from 'react';

/**
 * A background rebuild of the search index (after damage, a restore, or an index out of step
 * with the catalogue): how far it has got, or null when none is running. Asked once at start
 * (the rebuild may have begun before the window), then followed through `task.progress`.
 */
export function useIndexing(): { done: number; total: number } | null {
  const [state, setState] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    let live = true;
    let heard = false;
    const off = window.cuttings.on('task.progress', ({ task, done, total }) => {
      if (task !== 'index') return;
      heard = true;
      setState(done >= total ? null : { done, total });
    });
    window.cuttings.app.info().then(
      (info) => live && !heard && setState(info.indexing),
      () => undefined,
    );
    return () => {
      live = false;
      off();
    };
  }, []);
  return state;
}
