/** The builder's preview: the real pages as thumbnails, and the contents with page numbers. */
import { useEffect, useRef, type ReactElement } from 'react';
import type { DossierPreview as Preview } from '../../../shared/dossier';
import { plural } from '../../lib/format';
import { PageThumbnails } from './page-thumbnails';

export function DossierPreview({ preview, formId }: { preview: Preview; formId: string }): ReactElement {
  const ref = useRef<HTMLElement>(null);
  // A new preview is brought into view (it sits below the list of clippings).
  useEffect(() => ref.current?.scrollIntoView({ block: 'nearest' }), [preview]);
  return (
    <section ref={ref} className="dossier-preview" aria-labelledby={`${formId}-preview`}>
      <h3 id={`${formId}-preview`} className="field-label">
        Preview: {plural(preview.pages, 'page')}, {plural(preview.clippings, 'clipping')}
      </h3>
      <PageThumbnails pdf={preview.pdf} pages={preview.pages} />
      <ol className="dossier-preview-contents" aria-label="Contents of the dossier">
        {preview.contents.map((entry, i) => (
          <li key={i}>
            {entry.section && (i === 0 || preview.contents[i - 1]?.section !== entry.section) && (
              <span className="dossier-preview-section">{entry.section}</span>
            )}
            <span className="dossier-preview-line">
              <span className="dossier-preview-title" dir="auto">
                {entry.title}
              </span>
              {entry.source && (
                <span className="dossier-preview-source" dir="auto">
                  {entry.source}
                </span>
              )}
              <span className="dossier-preview-page">p. {entry.page}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
