/**
 * Blocks from the sanitized article HTML kept at capture: paragraphs, crossheads, block
 * quotes, list items and pictures, in the order the page had them. The HTML was sanitized at
 * capture and only its text and image file names are read here; nothing of it is executed.
 */
import { parseHTML } from 'linkedom';
import { parseCaptionLine } from '../capture/paste/caption';
import type { Block, SourceBlock } from './blocks';

/** Elements that end the text before them and start a new block. */
const BLOCK_LEVEL = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'CAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HR', 'BR', 'DETAILS', 'SUMMARY', 'ADDRESS', 'CENTER',
]);
const HEADING = /^H[1-6]$/;

interface Context {
  quote: boolean;
  list: { ordered: boolean; next: number } | null;
}

/** The blocks of `html`; `files` maps an image file name to its absolute path. */
export function htmlBlocks(html: string, files: ReadonlyMap<string, string>): SourceBlock[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: SourceBlock[] = [];
  let text = '';
  let kind: Block['kind'] = 'paragraph';
  let marker = '';

  const flush = (): void => {
    const clean = text.replace(/\s+/g, ' ').trim();
    text = '';
    if (!clean) return;
    if (kind === 'list-item') out.push({ kind, text: clean, marker });
    else if (kind === 'heading' || kind === 'quote') out.push({ kind, text: clean });
    else out.push({ kind: 'paragraph', text: clean });
  };

  const figure = (el: Element): void => {
    const captionText = squashText(el.querySelector('figcaption')?.textContent);
    const parsed = captionText ? parseCaptionLine(captionText) : null;
    const imgs = [...el.querySelectorAll('img')];
    const found = imgs.map((img) => files.get(img.getAttribute('src') ?? '')).filter((f): f is string => !!f);
    if (found.length === 0) {
      out.push({ kind: 'lost-figure', caption: captionText || null });
      return;
    }
    found.forEach((file, i) => {
      const last = i === found.length - 1;
      const alt = squashText(imgs[i]?.getAttribute('alt')) || null;
      out.push({
        kind: 'figure',
        file,
        // One caption for the whole figure, under its last picture.
        caption: last ? (parsed ? parsed.caption : captionText || null) : null,
        credit: last ? (parsed?.credit ?? null) : null,
        alt: alt ?? (captionText || null),
      });
    });
  };

  const walk = (node: Node, ctx: Context): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        text += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'FIGURE' || tag === 'PICTURE') {
        flush();
        figure(el);
        continue;
      }
      if (tag === 'IMG') {
        flush();
        const file = files.get(el.getAttribute('src') ?? '');
        const alt = squashText(el.getAttribute('alt')) || null;
        if (file) out.push({ kind: 'figure', file, caption: null, credit: null, alt });
        continue;
      }
      if (!BLOCK_LEVEL.has(tag)) {
        walk(el, ctx);
        continue;
      }
      flush();
      const before = { kind, marker };
      if (HEADING.test(tag)) kind = 'heading';
      else if (tag === 'BLOCKQUOTE') kind = 'quote';
      else if (tag === 'LI') {
        kind = 'list-item';
        marker = ctx.list?.ordered ? `${ctx.list.next++}.` : '•';
      } else if (!ctx.quote && kind !== 'list-item' && kind !== 'heading') kind = 'paragraph';
      const inner: Context =
        tag === 'UL' || tag === 'OL'
          ? { ...ctx, list: { ordered: tag === 'OL', next: Number(el.getAttribute('start')) || 1 } }
          : tag === 'BLOCKQUOTE'
            ? { ...ctx, quote: true }
            : ctx;
      walk(el, inner);
      flush();
      ({ kind, marker } = before);
    }
  };

  walk(document.body, { quote: false, list: null });
  flush();
  return out;
}

function squashText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
