/**
 * One piece of work at a time with its state: `busy` while it runs, its error said in words
 * (errorText) when it fails. Chip editors and the Tags dialog run their writes through it.
 */
import { useState } from 'react';
import { errorText } from '../lib/errors';

export function useAttempt(): {
  busy: boolean;
  error: string | null;
  setError(message: string | null): void;
  /** Runs `job`; true when it succeeded, false (with `error` set) when it threw. */
  attempt(job: () => Promise<void>): Promise<boolean>;
} {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const attempt = async (job: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await job();
      return true;
    } catch (err) {
      setError(errorText(err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, attempt };
}
