/**
 * Print clippings: e-paper PDFs, scans and phone photos → {@link CapturedArticle}, with the
 * facsimile kept. See README.md in this folder.
 */
export { capturePrint, type PrintCaptureOptions, type PrintProgress } from './capture';
export { capturePrintInWorker, previewInWorker } from './in-worker';
