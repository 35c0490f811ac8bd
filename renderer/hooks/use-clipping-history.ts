/**
 * Who changed a shared clipping and what merges replaced (Details), asked from main for the
 * clipping shown and asked again when it changes (a sync that brought a teammate's edit).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ClippingHistory } from '../../shared/team';
import { useArchiveChanged } from './use-archive-changed';
import { answerOf } from './early-answers';

export function useClippingHistory(id: string): ClippingHistory | null {
  const [history, setHistory] = useState<{ id: string; value: ClippingHistory | null } | null>(null);
  const load = useCallback(() => {
    // The first time, the answer the reader asked for as the clipping opened (early-answers.ts).
    answerOf(`history:${id}`, () => window.cuttings.team.history({ id })).then(
      (value) => setHistory({ id, value }),
      () => setHistory({ id, value: null }), // Details goes on without it
    );
  }, [id]);
  useEffect(load, [load]);
  useArchiveChanged((ids) => {
    if (ids.length === 0 || ids.includes(id)) load();
  });
  return history?.id === id ? history.value : null;
}
