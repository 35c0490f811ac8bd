/**
 * The article itself: the sanitized HTML kept at capture (headings, lists, quotes, links and
 * its pictures where the page had them, served from the archive), or the text's paragraphs
 * for a pasted clipping, or while the HTML loads. Pictures the HTML does not place are shown
 * around it: the lead before the text, the others after.
 */
import DOMPurify from 'dompurify';
import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { ARCHIVE_SCHEME, CLIPPING_FILES_BASE, clippingFileUrl } from '../../shared/archive-url';
import type { Clipping } from '../../shared/clipping';
import { PURIFY_OPTIONS } from '../../shared/sanitize-policy';
import { paragraphs } from '../lib/format';

/** Links to web pages, pictures from the archive: main stored nothing else, and nothing else may load. */
const PAGE_URLS = new RegExp(`^(?:https?:|${ARCHIVE_SCHEME}:)`, 'i');

/**
 * Main stores the HTML sanitized; it is sanitized again here with the same policy, so a file
 * changed on disk still cannot run anything. Links leave the app (main opens them in the browser).
 */
function clean(html: string): string {
  const fragment = DOMPurify.sanitize(html, { ...PURIFY_OPTIONS, ALLOWED_URI_REGEXP: PAGE_URLS, RETURN_DOM_FRAGMENT: true });
  for (const a of fragment.querySelectorAll('a[href]')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  // Only the archive's own pictures: anything else would be a request to the network.
  for (const img of fragment.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (!src.startsWith(CLIPPING_FILES_BASE)) img.remove();
    else img.setAttribute('loading', 'lazy');
  }
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

function useArticleHtml(id: string): string | null {
  const [loaded, setLoaded] = useState<{ id: string; html: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    window.cuttings.clippings
      .article({ id })
      .then(({ html }) => live && setLoaded({ id, html: html ? clean(html) : null }))
      .catch(() => live && setLoaded({ id, html: null })); // the text is still there to read
    return () => {
      live = false;
    };
  }, [id]);
  return loaded?.id === id ? loaded.html : null;
}

export function ArticleBody({ clipping: c, caption }: { clipping: Clipping; caption: ReactNode }): ReactElement {
  const html = useArticleHtml(c.id);
  // A print clipping's facsimile pages are shown beside the text (print/facsimile.tsx), not as its pictures.
  const pictures = c.images.filter((img) => !c.print?.facsimile.includes(img.file));
  const placed = new Set(html ? pictures.filter((img) => html.includes(encodeURIComponent(img.file))).map((img) => img.file) : []);
  const loose = pictures.filter((img) => !placed.has(img.file));
  const [lead, ...more] = loose;
  // The lead picture carries the caption; without one the caption stands alone.
  const leadIsFirst = lead !== undefined && lead.file === pictures[0]?.file;

  return (
    <>
      {lead && leadIsFirst ? (
        <figure className="reader-figure">
          <img src={clippingFileUrl(c.id, lead.file)} alt={lead.alt ?? ''} />
          {caption && <figcaption className="reader-caption">{caption}</figcaption>}
        </figure>
      ) : (
        caption && <p className="reader-caption">{caption}</p>
      )}

      {html ? (
        <section className="reader-body reader-html" aria-label="Article text" lang={c.lang ?? undefined} dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <section className="reader-body" aria-label="Article text" lang={c.lang ?? undefined}>
          {paragraphs(c.text).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      )}

      {(leadIsFirst ? more : loose).map((img) => (
        <figure key={img.file} className="reader-figure">
          <img src={clippingFileUrl(c.id, img.file)} alt={img.alt ?? ''} loading="lazy" />
          {img.alt && <figcaption className="reader-caption">{img.alt}</figcaption>}
        </figure>
      ))}
    </>
  );
}
