/** pdf.js's worker module, imported to run in the window's own thread (see pdf-pages.ts). */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
