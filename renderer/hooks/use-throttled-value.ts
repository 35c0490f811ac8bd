import { useCallback, useEffect, useRef, useState, type SetStateAction } from 'react';

/**
 * A value as set, and the same value passed on at most once per `interval` ms: a change
 * after a pause goes through at once, in the same render as the value itself (a single
 * keystroke starts its search without waiting for another render), while fast typing is
 * sampled, and the last value always arrives. `onPass` hears each value as it is passed on,
 * before React renders it.
 */
export function useThrottledState<T>(
  initial: T,
  interval: number,
  onPass?: (value: T) => void,
): [value: T, settled: T, set: (next: SetStateAction<T>) => void] {
  const [value, setValue] = useState(initial);
  const [settled, setSettled] = useState(initial);
  const latest = useRef(initial);
  const last = useRef(-Infinity);
  const timer = useRef<number | undefined>(undefined);
  const passing = useRef(onPass);
  useEffect(() => {
    passing.current = onPass;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const set = useCallback(
    (next: SetStateAction<T>) => {
      const now = typeof next === 'function' ? (next as (current: T) => T)(latest.current) : next;
      latest.current = now;
      setValue(now);
      window.clearTimeout(timer.current);
      const pass = (): void => {
        last.current = performance.now();
        passing.current?.(now);
        setSettled(now);
      };
      const wait = last.current + interval - performance.now();
      if (wait <= 0) pass();
      else timer.current = window.setTimeout(pass, wait);
    },
    [interval],
  );
  return [value, settled, set];
}
