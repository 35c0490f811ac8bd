import { useCallback, useEffect, useState } from 'react';
import type { Theme } from '../../shared/settings';

export type ThemeChoice = Theme;
const KEY = 'cuttings.theme';
const ORDER: ThemeChoice[] = ['system', 'light', 'dark'];

function stored(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/**
 * Light, dark or follow the system. The choice lives on `<html data-theme>`, which the
 * stylesheet reads; "system" removes it so `prefers-color-scheme` decides.
 */
export function useTheme(): { theme: ThemeChoice; next: ThemeChoice; cycle: () => void; set: (choice: ThemeChoice) => void } {
  const [theme, setTheme] = useState<ThemeChoice>(stored);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    try {
      window.localStorage.setItem(KEY, theme);
    } catch {
      // Storage can be unavailable; the choice then lasts for this session only.
    }
  }, [theme]);
  const next = ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length] as ThemeChoice;
  const cycle = useCallback(() => setTheme(next), [next]);
  return { theme, next, cycle, set: setTheme };
}
