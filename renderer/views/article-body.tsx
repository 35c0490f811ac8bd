/**
 * The article itself: the sanitized HTML kept at capture (headings, lists, quotes, links and
 * its pictures where the page had them, served from the archive), or the text's paragraphs
 * for a pasted clipping, or while the HTML loads. Pictures the HTML does not place are shown
 * around it: the lead before the text, the others after. The caption is shown once, and a
 * picture whose file is missing is a quiet placeholder.
 */
import { useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { clippingFileUrl } from '../../shared/archive-url';
import { sameWords, squash } from '../../shared/article-repeats';
import type { Clipping } from '../../shared/clipping';
import { answerOf } from '../hooks/early-answers';
import { Icon } from '../components/icons';
import { paragraphs } from '../lib/format';
import { cleanArticleHtml, placeholderFor, repeatsHeader } from './article-html';

function useArticleHtml(c: Clipping): string | null {
  const [loaded, setLoaded] = useState<{ id: string; html: string | null } | null>(null);
  const { id, title, author } = c;
  useEffect(() => {
    let live = true;
    answerOf(`article:${id}`, () => window.cuttings.clippings.article({ id }))
      .then(
        ({ html }) =>
          live && setLoaded({ id, html: html ? cleanArticleHtml(html, { title, author }) : null }),
      )
      .catch(() => live && setLoaded({ id, html: null })); // the text is still there to read
    return () => {
      live = false;
    };
  }, [id, title, author]);
  return loaded?.id === id ? loaded.html : null;
}

/** The text's paragraphs, without the headline, byline or date lines a paste repeats at its top. */
const textParagraphs = (c: Clipping): string[] =>
  paragraphs(c.text).filter((p, i) => i >= 6 || !repeatsHeader(p, c));

export function ArticleBody({
  clipping: c,
  caption,
}: {
  clipping: Clipping;
  caption: ReactNode;
}): ReactElement {
  const html = useArticleHtml(c);
  // A print clipping's facsimile pages are shown beside the text (print/facsimile.tsx), not as its pictures.
  const pictures = c.images.filter((img) => !c.print?.facsimile.includes(img.file));
  const placed = new Set(
    html ? pictures.filter((img) => html.includes(encodeURIComponent(img.file))).map((img) => img.file) : [],
  );
  const loose = pictures.filter((img) => !placed.has(img.file));
  const [lead, ...more] = loose;
  // The lead picture carries the caption; without one the caption stands alone, unless the
  // article's own HTML already shows it under its picture.
  const leadIsFirst = lead !== undefined && lead.file === pictures[0]?.file;
  const htmlShows = useMemo(() => (html ? htmlCaptions(html) : []), [html]);
  const captionInHtml = !!c.caption && htmlShows.some((t) => sameWords(squash(c.caption ?? ''), squash(t)));

  return (
    <>
      {lead && leadIsFirst ? (
        <figure className="reader-figure">
          <Picture src={clippingFileUrl(c.id, lead.file)} alt={lead.alt ?? ''} />
          {caption && (
            <figcaption className="reader-caption" dir="auto">
              {caption}
            </figcaption>
          )}
        </figure>
      ) : (
        caption &&
        !captionInHtml && (
          <p className="reader-caption" dir="auto">
            {caption}
          </p>
        )
      )}

      {html ? (
        <HtmlBody html={html} lang={c.lang} />
      ) : (
        <section className="reader-body" aria-label="Article text" lang={c.lang ?? undefined}>
          {textParagraphs(c).map((p, i) => (
            <p key={i} dir="auto">
              {p}
            </p>
          ))}
        </section>
      )}

      {(leadIsFirst ? more : loose).map((img) => (
        <figure key={img.file} className="reader-figure">
          <Picture src={clippingFileUrl(c.id, img.file)} alt={img.alt ?? ''} lazy />
          {img.alt && (
            <figcaption className="reader-caption" dir="auto">
              {img.alt}
            </figcaption>
          )}
        </figure>
      ))}
    </>
  );
}

const htmlCaptions = (html: string): string[] =>
  [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('figcaption')].map(
    (f) => f.textContent ?? '',
  );

/** The article's HTML; a picture in it whose file is missing is replaced by a placeholder. */
function HtmlBody({ html, lang }: { html: string; lang: string | null }): ReactElement {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const section = ref.current;
    if (!section) return;
    const broken = (img: HTMLImageElement): void => img.replaceWith(placeholderFor(img));
    for (const img of section.querySelectorAll('img'))
      if (img.complete && img.naturalWidth === 0) broken(img);
    // `error` does not bubble: listen while it goes down to the picture.
    const onError = (e: Event): void => {
      if (e.target instanceof HTMLImageElement) broken(e.target);
    };
    section.addEventListener('error', onError, true);
    return () => section.removeEventListener('error', onError, true);
  }, [html]);
  return (
    <section
      ref={ref}
      className="reader-body reader-html"
      aria-label="Article text"
      lang={lang ?? undefined}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** A picture from the archive, or a quiet placeholder when its file is missing. */
function Picture({ src, alt, lazy }: { src: string; alt: string; lazy?: boolean }): ReactElement {
  const [missing, setMissing] = useState<string | null>(null);
  if (missing === src) {
    return (
      <span
        className="picture-missing"
        role="img"
        aria-label={alt ? `Picture not available: ${alt}` : 'Picture not available'}
      >
        <Icon name="image" /> Picture not available
      </span>
    );
  }
  return <img src={src} alt={alt} loading={lazy ? 'lazy' : undefined} onError={() => setMissing(src)} />;
}
