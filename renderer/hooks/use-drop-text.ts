import { useEffect, useRef, useState } from 'react';

/** What was dropped on the window: an article's text, and its HTML when the source gave it. */
export interface DroppedText {
  text: string;
  html?: string;
}

const isTextFile = (file: File): boolean =>
  /\.(txt|text|md)$/i.test(file.name) || file.type.startsWith('text/plain');
const isHtmlFile = (file: File): boolean => /\.html?$/i.test(file.name) || file.type === 'text/html';

/** The visible text of an HTML document, without running or loading anything in it. */
function textOfHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.body?.innerText || doc.body?.textContent || '';
}

async function read(data: DataTransfer): Promise<DroppedText | string | null> {
  const file = [...data.files][0];
  if (file) {
    if (isHtmlFile(file)) {
      const html = await file.text();
      return { text: textOfHtml(html), html };
    }
    if (isTextFile(file)) return { text: await file.text() };
    return `“${file.name}” is not a text or HTML file. Drop the text of an article, or a .txt or .html file.`;
  }
  const text = data.getData('text/plain');
  const html = data.getData('text/html');
  if (text.trim()) return html ? { text, html } : { text };
  if (html) return { text: textOfHtml(html), html };
  return null;
}

/**
 * Text, a selection dragged from a browser, or a .txt / .html file dropped anywhere on the
 * window. `onDrop` receives the text, or a message for a drop Cuttings cannot take.
 * Returns whether something is being dragged over the window (to show a drop hint).
 */
export function useDropText(onDrop: (dropped: DroppedText | string) => void): boolean {
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
      void read(e.dataTransfer).then((result) => result && latest.current(result));
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
