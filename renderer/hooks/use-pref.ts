/**
 * A preference of this window kept in localStorage (the sidebar, the list's width, the
 * density, how tags are sorted): read where it is used, and every user of the same key sees
 * a change at once. Storage that is unavailable keeps the choice for this session only.
 */
import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const memory = new Map<string, string>();

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, value: string): void {
  memory.set(key, value);
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Kept in memory only.
  }
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** A string preference limited to `choices` (the first is the default). */
export function useChoice<T extends string>(
  key: string,
  choices: readonly [T, ...T[]],
): [T, (value: T) => void] {
  const raw = useSyncExternalStore(subscribe, () => read(key));
  const value = choices.find((c) => c === raw) ?? choices[0];
  const set = useCallback((next: T) => write(key, next), [key]);
  return [value, set];
}

/** A whole number preference, `fallback` until one is set. */
export function useNumber(key: string, fallback: number): [number, (value: number) => void] {
  const raw = useSyncExternalStore(subscribe, () => read(key));
  const parsed = raw === null ? NaN : Number(raw);
  const set = useCallback((next: number) => write(key, String(Math.round(next))), [key]);
  return [Number.isFinite(parsed) ? parsed : fallback, set];
}

/** Whether a CSS media query matches now (and re-renders when that changes). */
export function useMediaQuery(query: string): boolean {
  const sub = useCallback(
    (listener: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', listener);
      return () => list.removeEventListener('change', listener);
    },
    [query],
  );
  return useSyncExternalStore(sub, () => window.matchMedia(query).matches);
}
