/** Remembers the main window's size and position (saved shortly after the user stops moving it). */
import type { BrowserWindow } from 'electron';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

export function rememberBounds(win: BrowserWindow, save: (bounds: Bounds) => Promise<void>): void {
  let timer: NodeJS.Timeout | null = null;
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      if (win.isDestroyed()) return;
      const { x, y, width, height } = win.getNormalBounds();
      void save({ x, y, width, height, maximized: win.isMaximized() }).catch(() => undefined);
    }, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', schedule);
}
