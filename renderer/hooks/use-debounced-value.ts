import { useEffect, useState } from 'react';

/** The value, once it has stopped changing for `delay` ms (immediately when `delay` is 0). */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    // With no delay the value is returned as it is; the state still catches up so a
    // later delayed value does not start from a stale one.
    const timer = window.setTimeout(() => setSettled(value), Math.max(0, delay));
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return delay <= 0 ? value : settled;
}
