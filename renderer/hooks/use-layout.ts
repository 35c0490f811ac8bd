/**
 * The window's layout: the sidebar (shown on wide windows, folded away below 1100 px; the
 * toggle is remembered for each), the list pane's width (dragged with its handle), and the
 * list's density (Settings → Appearance).
 */
import { useEffect } from 'react';
import { useChoice, useMediaQuery, useNumber } from './use-pref';

/** Below this width the sidebar starts folded away. */
export const NARROW = '(max-width: 1099px)';
export const LIST_WIDTH = { min: 280, max: 560, initial: 380 } as const;
export type Density = 'comfortable' | 'compact';

export interface Layout {
  sidebarShown: boolean;
  toggleSidebar(): void;
  listWidth: number;
  setListWidth(width: number): void;
}

export function useLayout(): Layout {
  const narrow = useMediaQuery(NARROW);
  const [wide, setWide] = useChoice('cuttings.sidebar.wide', ['shown', 'hidden']);
  const [small, setSmall] = useChoice('cuttings.sidebar.narrow', ['hidden', 'shown']);
  const [listWidth, setListWidth] = useNumber('cuttings.listWidth', LIST_WIDTH.initial);
  const sidebarShown = (narrow ? small : wide) === 'shown';
  const toggleSidebar = (): void => (narrow ? setSmall : setWide)(sidebarShown ? 'hidden' : 'shown');
  return { sidebarShown, toggleSidebar, listWidth: clampListWidth(listWidth), setListWidth };
}

export const clampListWidth = (width: number): number =>
  Math.min(LIST_WIDTH.max, Math.max(LIST_WIDTH.min, Math.round(width)));

/** Rows as they were (title, meta, tags) or compact (one line of title, fewer gaps). */
export function useDensity(): [Density, (density: Density) => void] {
  const [density, setDensity] = useChoice<Density>('cuttings.density', ['comfortable', 'compact']);
  useEffect(() => {
    if (density === 'compact') document.documentElement.dataset.density = 'compact';
    else delete document.documentElement.dataset.density;
  }, [density]);
  return [density, setDensity];
}
