/**
 * Composes a dossier on a pdfkit document: cover, reserved contents pages, the clippings
 * section by section (with outline entries), then the contents and the running header and
 * footer drawn onto the buffered pages once every page number is known.
 */
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { CuttingsError } from '../../../shared/errors';
import { renderArticle } from './article';
import { currentPage, type RenderContext } from './context';
import { renderCover } from './cover';
import { registerFonts } from './fonts';
import { loadShaper } from './shaping';
import { drawFurniture } from './furniture';
import { compressBufferedPages, outlineRoot, type OutlineNode } from './pdfkit-extras';
import { planSections } from './plan';
import { Flow, Measurer } from './text-flow';
import { FONT, MARGIN, PAPER } from './theme';
import { drawToc, planToc } from './toc';
import type { DossierClipping, DossierContentsEntry, DossierOptions, DossierSpec } from './types';

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted)
    throw new CuttingsError('cancelled', 'The dossier export was cancelled; no file was written.');
}

/** Lets other work (IPC, progress events, the cancel button) run between clippings. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function documentInfo(spec: DossierSpec, items: DossierClipping[]): PDFKit.DocumentInfo {
  const keywords = new Set<string>();
  for (const { clipping } of items) {
    for (const tag of clipping.tags) keywords.add(tag);
    if (clipping.source) keywords.add(clipping.source);
  }
  return {
    Title: spec.title,
    Author: spec.editor ?? spec.organisation ?? 'Cuttings',
    Subject: [spec.subtitle, spec.period].filter(Boolean).join(' — ') || 'Press review',
    Keywords: [...keywords].slice(0, 200).join(', '),
    Creator: 'Cuttings',
    CreationDate: new Date(),
  };
}

/** Writes the whole dossier into `out`; resolves once pdfkit has emitted its last byte. */
export async function renderDossier(
  spec: DossierSpec,
  items: DossierClipping[],
  out: Writable,
  fontsDir: string,
  options: Pick<DossierOptions, 'onProgress' | 'signal' | 'logo'>,
): Promise<{ pages: number; skippedImages: string[]; contents: DossierContentsEntry[] }> {
  const locale = spec.lang ?? 'en-GB';
  await loadShaper();
  const paper = PAPER[spec.paper ?? 'A4'];
  const doc = new PDFDocument({
    size: [paper.width, paper.height],
    margins: { ...MARGIN },
    bufferPages: true,
    tagged: true,
    lang: locale,
    displayTitle: true,
    pdfVersion: '1.7',
    // No initial font: pdfkit would load Helvetica, and an initial DejaVu file would defeat
    // pdfkit's font cache (see fonts.ts). The first page is added once our fonts are registered.
    font: null as unknown as string,
    autoFirstPage: false,
    info: documentInfo(spec, items),
  });
  doc.pipe(out);
  registerFonts(doc, fontsDir);
  doc.font(FONT.sans);
  doc.addPage();

  const frame = {
    left: MARGIN.left,
    width: paper.width - MARGIN.left - MARGIN.right,
    top: MARGIN.top,
    bottom: paper.height - MARGIN.bottom,
  };
  const measure = new Measurer(doc);
  let runningSection: string | null = null;
  const sectionOfPage: Array<string | null> = [null];
  const flow = new Flow(doc, frame, measure, () => sectionOfPage.push(runningSection));
  const root = doc.struct('Document');
  doc.addStructure(root);
  const ctx: RenderContext = { doc, spec, locale, paper, frame, measure, flow, root, skippedImages: [] };

  const sections = planSections(spec, items, locale);
  renderCover(ctx, { clippings: items.length, sections: sections.filter((s) => s.title !== null).length, logo: options.logo });

  // Pass one of the contents: reserve exactly the pages it will need.
  const tocPlan = planToc(ctx, sections, measure);
  const toc = doc.struct('TOC');
  root.add(toc);
  runningSection = 'Contents';
  flow.newPage();
  const firstTocPage = currentPage(doc);
  for (let i = 1; i < tocPlan.pages; i++) flow.newPage();

  const startPages: number[] = [];
  const contents: DossierContentsEntry[] = [];
  const destinations: string[] = [];
  const outline = outlineRoot(doc);
  let done = 0;
  for (const section of sections) {
    runningSection = section.title;
    const sect = section.title !== null ? doc.struct('Sect', { title: section.title }) : null;
    if (sect) root.add(sect);
    let sectionNode: OutlineNode | null = null;
    for (const [i, item] of section.items.entries()) {
      throwIfCancelled(options.signal);
      const destination = `clipping-${startPages.length + 1}`;
      const page = renderArticle(ctx, item, {
        destination,
        sectionBand: i === 0 ? section.title : null,
        parent: sect ?? root,
        // The first clipping starts after the contents; the others run on unless asked not to.
        newPage: startPages.length === 0 || spec.layout === 'page-per-clipping',
      });
      if (section.title !== null && !sectionNode) {
        sectionNode = outline.addItem(section.title, { pageNumber: page, fit: true, expanded: true });
      }
      (sectionNode ?? outline).addItem(item.clipping.title, { pageNumber: page, fit: true });
      startPages.push(page);
      contents.push({ section: section.title, title: item.clipping.title, source: item.clipping.source, page: page + 1 });
      destinations.push(destination);
      options.onProgress?.(++done, items.length);
      await yieldToEventLoop();
    }
    sect?.end();
  }
  throwIfCancelled(options.signal);

  // Pass two: the contents with real page numbers, then header and footer on every page.
  drawToc(ctx, tocPlan, firstTocPage, startPages, destinations, toc);
  toc.end();
  drawFurniture(ctx, sectionOfPage);
  root.end();
  const pages = doc.bufferedPageRange().count;
  await compressBufferedPages(doc);
  throwIfCancelled(options.signal);
  doc.end();
  return { pages, skippedImages: ctx.skippedImages, contents };
}
