/**
 * A print clipping's facsimile in the dossier: each page (or the region the user drew) as
 * printed, as large as the text block allows, captioned with where it was printed. The spec
 * chooses the text, the facsimile or both (`printed`); with both, the pages follow the text.
 */
import type { Clipping } from '../../../shared/clipping';
import type { Block, FigureBlock } from './blocks';
import type { DossierClipping } from './types';

/** "As printed: The Island Times, page 3, Late edition (page 1 of 2)". */
function caption(c: Clipping, page: number, pages: number): string {
  const where = [c.source, c.print?.page ? `page ${c.print.page}` : null, c.print?.edition ? `${c.print.edition} edition` : null].filter(Boolean);
  const of = pages > 1 ? ` (page ${page} of ${pages})` : '';
  return `As printed${where.length ? `: ${where.join(', ')}` : ''}${of}`;
}

export function facsimileBlocks(item: DossierClipping): FigureBlock[] {
  const files = item.facsimile?.files ?? [];
  return files.map((file, i) => ({
    kind: 'figure',
    file,
    caption: caption(item.clipping, i + 1, files.length),
    credit: null,
    alt: `${item.clipping.title}, as printed`,
    size: 'page',
  }));
}

/** The clipping's blocks as the spec wants them: the text, the facsimile, or the text then the facsimile. */
export function withFacsimile(item: DossierClipping, body: Block[]): Block[] {
  const pages = facsimileBlocks(item);
  if (pages.length === 0) return body;
  if (item.facsimile?.show === 'text') return body;
  if (item.facsimile?.show === 'facsimile') return pages;
  return [...body, ...pages];
}
