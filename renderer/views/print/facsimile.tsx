/**
 * A print clipping in the reader: its text beside the facsimile, the page (or the region) as
 * it was printed, kept in the archive. On a narrow pane the facsimile comes under the text.
 * A page opens at full size in the window, and closes again with a click or Escape.
 */
import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { clippingFileUrl } from '../../../shared/archive-url';
import type { Clipping } from '../../../shared/clipping';

/** "Page 7 · Late edition · text recognised (English, 94% confidence)". */
function printedLine(c: Clipping): string {
  const p = c.print;
  if (!p) return '';
  const parts = [p.page ? `Page ${p.page}` : null, p.edition ? `${p.edition} edition` : null];
  parts.push(p.ocr ? `text recognised by OCR (${p.ocr.langs.join(' + ')}, ${p.ocr.confidence}% confidence)` : 'text from the PDF');
  return parts.filter(Boolean).join(' · ');
}

export function PrintedClipping({ clipping: c, children }: { clipping: Clipping; children: ReactNode }): ReactElement {
  const [zoomed, setZoomed] = useState<string | null>(null);
  useEffect(() => {
    if (!zoomed) return;
    const close = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setZoomed(null);
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [zoomed]);
  const pages = c.print?.facsimile ?? [];
  return (
    <div className="print-layout">
      <div className="print-text">{children}</div>
      <section className="facsimile" aria-labelledby="facsimile-heading">
        <h2 id="facsimile-heading">As printed</h2>
        <p className="facsimile-line">{printedLine(c)}</p>
        {pages.map((file, i) => (
          <button key={file} type="button" className="facsimile-page" onClick={() => setZoomed(file)} aria-label={`Show page ${i + 1} as printed at full size`}>
            <img src={clippingFileUrl(c.id, file)} alt={pages.length > 1 ? `Page ${i + 1} as printed` : 'The clipping as printed'} loading="lazy" />
          </button>
        ))}
      </section>
      {zoomed && (
        <div className="facsimile-zoom" role="dialog" aria-label="As printed, full size" onClick={() => setZoomed(null)}>
          <img src={clippingFileUrl(c.id, zoomed)} alt="The clipping as printed, full size" />
        </div>
      )}
    </div>
  );
}
