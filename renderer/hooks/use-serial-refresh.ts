/**
 * Refreshes after changes to the archive that never overlap: while one is running, further
 * changes only mark it stale and one more refresh follows. (Restarting on every change would
 * starve the list during a long import that changes the archive many times a second.)
 */
import { useCallback, useEffect, useRef } from 'react';
import { useArchiveChanged } from './use-archive-changed';

export function useSerialRefresh(key: string, reload: (key: string, keepRange: boolean) => Promise<void>): void {
  const latestKey = useRef(key);
  useEffect(() => {
    latestKey.current = key;
  }, [key]);
  const refreshing = useRef(false);
  const stale = useRef(false);
  const refresh = useCallback(async () => {
    if (refreshing.current) {
      stale.current = true;
      return;
    }
    refreshing.current = true;
    try {
      do {
        stale.current = false;
        await reload(latestKey.current, true);
      } while (stale.current);
    } finally {
      refreshing.current = false;
    }
  }, [reload]);
  useArchiveChanged(() => void refresh());
}
