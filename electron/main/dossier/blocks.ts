/**
 * What a clipping's body is made of on the page: a list of blocks in reading order. The
 * layout (article.ts) only knows how to set blocks, so a new kind of content (a facsimile of
 * the printed page, a table) is a new block kind here plus its drawing in block-draw.ts.
 *
 * Blocks come from the article HTML kept at capture when there is one (headings, real block
 * quotes, list items and pictures where the page had them), else from the plain text.
 */
import path from 'node:path';
import type { Clipping } from '../../../shared/clipping';
import { isBylineLine, isDateLine, sameWords, squash } from '../../../shared/article-repeats';
import { isCrosshead, paragraphs } from './format';
import { withFacsimile } from './facsimile';
import { htmlBlocks } from './html-blocks';
import type { DossierClipping } from './types';

/** A picture with its caption and credit, at the text width or (facsimiles) up to a full page. */
export interface FigureBlock {
  kind: 'figure';
  /** Absolute path of the image file. */
  file: string;
  caption: string | null;
  credit: string | null;
  /** Said instead of the picture by a screen reader when there is no caption. */
  alt: string | null;
  /** 'column': at most about half the page high; 'page': as large as the text block allows. */
  size?: 'column' | 'page';
}

export type Block =
  | { kind: 'paragraph'; text: string }
  /** A crosshead inside the article. */
  | { kind: 'heading'; text: string }
  /** A quotation the article set apart (HTML `<blockquote>`); never guessed from plain text. */
  | { kind: 'quote'; text: string }
  | { kind: 'list-item'; text: string; marker: string }
  | FigureBlock;

/** What the HTML holds besides blocks: a figure whose picture the archive does not have (its caption tells a repeat). */
export type SourceBlock = Block | { kind: 'lost-figure'; caption: string | null };

/** The blocks of one clipping, the lead picture first when it was not placed in the text. */
export function articleBlocks(item: DossierClipping): Block[] {
  const c = item.clipping;
  const files = new Map(item.images.map((file) => [path.basename(file), file]));
  const body = item.html ? htmlBlocks(item.html, files) : textBlocks(c);
  const placed = new Set(body.flatMap((b) => (b.kind === 'figure' ? [b.file] : [])));
  const loose = item.images.filter((file) => !placed.has(file));
  const blocks = withoutRepeats(c, body);
  // The lead picture (the clipping's first image) sits under the headline with the clipping's
  // caption and credit; pictures the text does not place follow the article.
  const leadFile = item.images[0];
  const lead: Block[] = [];
  const tail: Block[] = [];
  for (const file of loose) {
    if (file === leadFile) lead.push({ kind: 'figure', file, caption: c.caption, credit: c.credit, alt: altOf(c, file) });
    else tail.push({ kind: 'figure', file, caption: altOf(c, file), credit: null, alt: altOf(c, file) });
  }
  const first = blocks[0];
  // A figure opening the HTML without a caption of its own is the lead: give it the clipping's.
  if (lead.length === 0 && first?.kind === 'figure' && first.file === leadFile && !first.caption) {
    blocks[0] = { ...first, caption: c.caption, credit: first.credit ?? c.credit };
  }
  return withFacsimile(item, [...lead, ...blocks, ...tail]);
}

function altOf(c: Clipping, file: string): string | null {
  const name = path.basename(file);
  return c.images.find((image) => image.file === name)?.alt ?? null;
}

/** Blocks of a plain-text clipping: paragraphs, with short unpunctuated lines as crossheads. */
function textBlocks(c: Clipping): SourceBlock[] {
  const body = paragraphs(c.text);
  const blocks: Block[] = body.map((text, i) =>
    i > 0 && isCrosshead(text, body[i + 1]) ? { kind: 'heading', text } : { kind: 'paragraph', text },
  );
  // The dateline was taken off the first paragraph at capture; a printed article starts with it.
  const first = blocks[0];
  if (c.dateline && first?.kind === 'paragraph' && !first.text.startsWith(c.dateline)) {
    blocks[0] = { kind: 'paragraph', text: `${c.dateline.toLocaleUpperCase(c.lang ?? undefined)} — ${first.text}` };
  }
  return blocks;
}

/**
 * Drops what the page repeated around the text: the headline, the byline and date lines among
 * the first blocks, and a paragraph that only repeats the caption of the picture just above.
 */
function withoutRepeats(c: Clipping, blocks: SourceBlock[]): Block[] {
  const title = squash(c.title);
  const out: Block[] = [];
  let lastCaption: string | null = null;
  blocks.forEach((block, i) => {
    if (block.kind === 'figure' || block.kind === 'lost-figure') {
      lastCaption = block.caption ? squash(block.caption) : null;
      if (block.kind === 'figure') out.push(block);
      return;
    }
    // Only the first blocks, and one right after a picture, are compared (squashing costs).
    const early = i < 6;
    if (early && (squash(block.text) === title || isBylineLine(block.text, c.author) || isDateLine(block.text))) return;
    const repeatsCaption = lastCaption !== null && sameWords(lastCaption, squash(block.text));
    lastCaption = null;
    if (!repeatsCaption) out.push(block);
  });
  return out;
}
