/**
 * Pictures of a PDF's pages for the dossier builder's preview, drawn by pdf.js in the window.
 * The renderer is sandboxed under a strict Content-Security-Policy (no eval, workers only from
 * the app): pdf.js runs its "worker" in this thread (it looks for `globalThis.pdfjsWorker`),
 * never evaluates code for fonts, and draws glyphs as paths rather than loading font faces.
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import * as worker from 'pdfjs-dist/build/pdf.worker.mjs';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;

/** Opens a PDF given as base64 (the preview's). Call `destroy()` on it when done. */
export function openPdf(base64: string): Promise<PDFDocumentProxy> {
  const binary = atob(base64);
  const data = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
  return getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, enableXfa: false }).promise;
}

/** Page `number` (from 1) drawn `width` CSS pixels wide (sharp on high-density screens), as a PNG data: URL. */
export async function pageImage(pdf: PDFDocumentProxy, number: number, width: number): Promise<string> {
  const page = await pdf.getPage(number);
  const scale = (width * (window.devicePixelRatio || 1)) / page.getViewport({ scale: 1 }).width;
  const viewport = page.getViewport({ scale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This window cannot draw pictures (no 2D canvas).');
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  page.cleanup();
  return canvas.toDataURL('image/png');
}
