/** Handlers of the print channels (`print.*`, `ocr.*`): PDFs, scans and photos, and OCR languages. */
import type { Library } from '../library';
import { addOcrLanguage, ocrLanguagesView, previewPrintFile, removeOcrLanguage } from '../library/print';
import type { Handlers } from './handlers';
import type { TaskRunner } from './tasks';

type PrintChannel = 'print.preview' | 'print.import' | 'print.publications' | 'ocr.languages' | 'ocr.addLanguage' | 'ocr.removeLanguage';

export function printHandlers(lib: () => Library, tasks: TaskRunner): Pick<Handlers, PrintChannel> {
  return {
    'print.preview': ({ path, page }) => previewPrintFile(path, page),
    // One file, read as an import task: progress in hundredths of the file, Cancel stops the worker.
    'print.import': ({ path, options, tags }) =>
      tasks.run('import', (signal, progress) =>
        lib().importFile(path, { tags, print: options, signal, onProgress: (p) => progress(Math.round(p.fraction * 100), 100, p.label) }),
      ),
    'print.publications': () => lib().publications(),
    'ocr.languages': () => ocrLanguagesView(lib().dir),
    'ocr.addLanguage': async ({ path }) => {
      await addOcrLanguage(lib().dir, path);
      return ocrLanguagesView(lib().dir);
    },
    'ocr.removeLanguage': async ({ code }) => {
      await removeOcrLanguage(lib().dir, code);
      return ocrLanguagesView(lib().dir);
    },
  };
}
