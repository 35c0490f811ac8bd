import { useEffect, useRef, useState } from 'react';

/**
 * The value, passed on at most once per `interval` ms: a change after a pause goes
 * through at once (a single keystroke searches immediately), while fast typing is
 * sampled, and the last value always arrives.
 */
export function useThrottledValue<T>(value: T, interval: number): T {
  const [settled, setSettled] = useState(value);
  const last = useRef(-Infinity);
  useEffect(() => {
    const wait = Math.max(0, last.current + interval - performance.now());
    const timer = window.setTimeout(() => {
      last.current = performance.now();
      setSettled(value);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [value, interval]);
  return settled;
}
