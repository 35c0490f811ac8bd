import { useEffect, useRef, useState } from 'react';
import { readDrop, type Dropped } from './read-drop';

/**
 * Text, a selection or a link dragged from a browser, or files and folders dropped anywhere
 * on the window. `onDrop` receives what was dropped, or a message for a drop Cuttings cannot
 * take. Returns whether something is being dragged over the window (to show a drop hint).
 */
export function useDrop(onDrop: (dropped: Dropped | string) => void): boolean {
  const [over, setOver] = useState(false);
  const latest = useRef(onDrop);
  useEffect(() => {
    latest.current = onDrop;
  });
  useEffect(() => {
    let depth = 0;
    // Over an open dialog (the paste box) a drop does what it normally does.
    const dialogOpen = (): boolean => !!document.querySelector('dialog[open]');
    const enter = (e: DragEvent): void => {
      if (!e.dataTransfer || dialogOpen()) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const leave = (): void => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (e: DragEvent): void => {
      if (dialogOpen()) return;
      // Without this the browser would open the dropped file in place of the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent): void => {
      if (dialogOpen()) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      if (!e.dataTransfer) return;
      const result = readDrop(e.dataTransfer);
      if (result) latest.current(result);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over;
}
