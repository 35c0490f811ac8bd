import { useCallback, useEffect, useState } from 'react';
import { useArchiveChanged } from './use-archive-changed';

/** How many clippings the library holds (null until known, or when main cannot say). */
export function useLibraryCount(): number | null {
  const [count, setCount] = useState<number | null>(null);
  const refresh = useCallback(() => {
    window.cuttings.app.info().then(
      (info) => setCount(info.clippings),
      () => setCount(null),
    );
  }, []);
  useEffect(refresh, [refresh]);
  useArchiveChanged(refresh, 250);
  return count;
}
