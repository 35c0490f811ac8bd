/**
 * The state of importing one PDF, scan or photo: the page shown (a PDF's pages one at a time),
 * the region drawn on it, the publication's details (publications already in the archive are
 * offered), the OCR language, and the import itself with progress and Cancel.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ImportOutcome } from '../../shared/clipping';
import { CuttingsError } from '../../shared/errors';
import type { OcrLanguagesView, PrintPagePreview, Publication } from '../../shared/print';
import { errorText } from '../lib/errors';

/** A rectangle in fractions of the page (0,0 top left). */
export interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PrintDetailsForm {
  source: string;
  page: string;
  edition: string;
  publishedAt: string;
  /** '' for automatic (from the archive's languages and a first reading). */
  lang: string;
  /** For a PDF of several pages: take every page (true) or only the one shown. */
  allPages: boolean;
}


export interface PrintImportState {
  preview: PrintPagePreview | null;
  page: number;
  region: Region | null;
  details: PrintDetailsForm;
  publications: Publication[];
  languages: OcrLanguagesView | null;
  error: string | null;
  progress: { percent: number; label: string } | null;
  showPage(page: number): void;
  setRegion(region: Region | null): void;
  setDetails(patch: Partial<PrintDetailsForm>): void;
  start(): Promise<ImportOutcome | null>;
  cancel(): void;
}

export function usePrintImport(path: string): PrintImportState {
  const [page, setPage] = useState(1);
  // The page shown, once it arrives (a page still loading shows nothing rather than the last).
  const [loaded, setLoaded] = useState<PrintPagePreview | null>(null);
  const preview = loaded?.page === page ? loaded : null;
  const [region, setRegion] = useState<Region | null>(null);
  const [details, setDetailsState] = useState<PrintDetailsForm>({ source: '', page: '', edition: '', publishedAt: '', lang: '', allPages: true });
  const [publications, setPublications] = useState<Publication[]>([]);
  const [languages, setLanguages] = useState<OcrLanguagesView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ percent: number; label: string } | null>(null);

  useEffect(() => {
    void window.cuttings.print.publications().then(setPublications, () => undefined);
    void window.cuttings.ocr.languages().then(setLanguages, () => undefined);
    return window.cuttings.on('task.progress', (p) => {
      if (p.task === 'import') setProgress({ percent: p.total ? Math.round((p.done / p.total) * 100) : 0, label: p.label });
    });
  }, []);

  useEffect(() => {
    let live = true;
    window.cuttings.print.preview({ path, page }).then(
      (p) => {
        if (!live) return;
        setLoaded(p);
        // An edition's worth of pages is read a page at a time; a short PDF is one article.
        if (page === 1) setDetailsState((d) => ({ ...d, allPages: p.pages <= 4 }));
      },
      (err) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [path, page]);

  const showPage = useCallback((next: number) => {
    setRegion(null);
    setPage(next);
  }, []);
  const setDetails = useCallback((patch: Partial<PrintDetailsForm>) => setDetailsState((d) => ({ ...d, ...patch })), []);

  const start = async (): Promise<ImportOutcome | null> => {
    setError(null);
    setProgress({ percent: 0, label: 'Starting…' });
    const trimmed = (v: string): string | undefined => v.trim() || undefined;
    const pages = preview && preview.pages > 1 && !details.allPages ? [page] : undefined;
    try {
      return await window.cuttings.print.import({
        path,
        options: {
          ...(region ? { region: { page, ...region } } : pages ? { pages } : {}),
          ...(details.lang ? { langs: [details.lang] } : {}),
          source: trimmed(details.source),
          page: trimmed(details.page),
          edition: trimmed(details.edition),
          publishedAt: trimmed(details.publishedAt),
        },
      });
    } catch (err) {
      setError(err instanceof CuttingsError && err.code === 'cancelled' ? 'Cancelled: nothing was imported.' : errorText(err));
      return null;
    } finally {
      setProgress(null);
    }
  };

  const cancel = (): void => void window.cuttings.tasks.cancel({ task: 'import' });

  return { preview, page, region, details, publications, languages, error, progress, showPage, setRegion, setDetails, start, cancel };
}
