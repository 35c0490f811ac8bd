/**
 * Settings → Team's state: the sharing status main reports (asked once, then pushed as
 * `team.status` while syncs start, progress and end), and its actions, one at a time, each
 * with its error in words.
 */
import { useEffect, useState } from 'react';
import type { TeamSetup, TeamView } from '../../shared/team';
import { errorText } from '../lib/errors';
import { useAttempt } from './use-attempt';

export interface TeamControls {
  view: TeamView | null;
  busy: boolean;
  error: string | null;
  setup(input: TeamSetup): Promise<boolean>;
  syncNow(): Promise<boolean>;
  stop(): Promise<boolean>;
}

export function useTeam(): TeamControls {
  const [view, setView] = useState<TeamView | null>(null);
  const { busy, error, setError, attempt } = useAttempt();
  useEffect(() => {
    let live = true;
    const off = window.cuttings.on('team.status', (next) => setView(next));
    window.cuttings.team.status().then(
      (next) => live && setView((shown) => shown ?? next),
      (err: unknown) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
      off();
    };
  }, [setError]);
  const run = (job: () => Promise<TeamView>): Promise<boolean> => attempt(async () => setView(await job()));
  return {
    view,
    busy,
    error,
    setup: (input) => run(() => window.cuttings.team.setup(input)),
    syncNow: () => run(() => window.cuttings.team.syncNow()),
    stop: () => run(() => window.cuttings.team.stop()),
  };
}
