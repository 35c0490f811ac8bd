/**
 * Thumbnails of the previewed dossier's real pages (the PDF main laid out, drawn by pdf.js),
 * a dozen at a time: a 400-page review need not be drawn to check its first pages. Each
 * preview mounts a new one (the builder clears the old preview first), so nothing is reset here.
 */
import { useEffect, useState, type ReactElement } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { errorText } from '../../lib/errors';

/** pdf.js is a large module: loaded the first time a preview is drawn, not with the window. */
const pdfPages = (): Promise<typeof import('../../lib/pdf-pages')> => import('../../lib/pdf-pages');

const BATCH = 12;
const WIDTH = 132;

export function PageThumbnails({ pdf, pages }: { pdf: string; pages: number }): ReactElement {
  const [images, setImages] = useState<string[]>([]);
  const [wanted, setWanted] = useState(Math.min(BATCH, pages));
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    pdfPages()
      .then(({ openPdf }) => openPdf(pdf))
      .then(
        (d) => {
          opened = d;
          if (live) setDoc(d);
          else void d.destroy();
        },
        (err: unknown) => live && setError(errorText(err)),
      );
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [pdf, pages]);

  // Draws the pages asked for that are not drawn yet, one after another.
  useEffect(() => {
    if (!doc || images.length >= wanted) return;
    let live = true;
    pdfPages()
      .then(({ pageImage }) => pageImage(doc, images.length + 1, WIDTH))
      .then(
        (url) => live && setImages((now) => (now.length === images.length ? [...now, url] : now)),
        (err: unknown) => live && setError(errorText(err)),
      );
    return () => {
      live = false;
    };
  }, [doc, images.length, wanted]);

  if (error) return <p className="field-hint">The pages could not be drawn: {error}</p>;
  return (
    <div className="dossier-pages">
      <ol className="dossier-thumbnails" aria-label="Pages of the dossier" aria-busy={images.length < wanted}>
        {images.map((src, i) => (
          <li key={i}>
            <img src={src} alt={`Page ${i + 1}`} width={WIDTH} />
            <span className="dossier-thumbnail-number" aria-hidden="true">
              {i + 1}
            </span>
          </li>
        ))}
      </ol>
      {images.length >= wanted && wanted < pages && (
        <button
          type="button"
          className="button button-small"
          onClick={() => setWanted(Math.min(pages, wanted + BATCH))}
        >
          Show {Math.min(BATCH, pages - wanted)} more pages
        </button>
      )}
    </div>
  );
}
