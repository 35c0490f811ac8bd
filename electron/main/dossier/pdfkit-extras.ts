/**
 * Typed access to pdfkit 0.20 features that @types/pdfkit leaves out (outline items on a
 * given page, image probing, links attached to a structure element). Kept in one file so
 * an upgrade of either package has one place to check.
 */
import { promisify } from 'node:util';
import { deflate, inflateSync } from 'node:zlib';

/** An outline (bookmark) node. */
export interface OutlineNode {
  addItem(title: string, options?: { pageNumber?: number; expanded?: boolean; fit?: boolean }): OutlineNode;
}

export function outlineRoot(doc: PDFKit.PDFDocument): OutlineNode {
  return doc.outline as unknown as OutlineNode;
}

/** What pdfkit knows of an image after parsing it (JPEG or PNG only). */
export interface ProbedImage {
  width: number;
  height: number;
}

/** png-js's decoded header, as pdfkit keeps it on a PNG image. */
interface PngHeader {
  imgData: Uint8Array;
  width: number;
  height: number;
  pixelBitlength: number;
  interlaceMethod: number;
  hasAlphaChannel: boolean;
  transparency: { indexed?: unknown };
}

/**
 * Parses an image file and registers it on the document, so a later `doc.image(file)` reuses
 * it. Throws for unreadable files, for formats pdfkit cannot embed (GIF, WebP, SVG…) and for
 * PNGs whose pixel data is damaged (see {@link checkPngPixels}).
 */
export function openImage(doc: PDFKit.PDFDocument, file: string): ProbedImage {
  type Opened = ProbedImage & { image?: PngHeader; orientation?: number };
  const image = (doc as unknown as { openImage(src: string): Opened }).openImage(file);
  if (image.image && 'imgData' in image.image) checkPngPixels(image.image);
  // pdfkit turns JPEGs by their EXIF orientation; 5–8 are quarter turns, so the box swaps.
  const turned = (image.orientation ?? 1) > 4;
  return { width: turned ? image.height : image.width, height: turned ? image.width : image.height };
}

/**
 * pdfkit decodes PNGs with an alpha channel, indexed transparency or interlacing
 * asynchronously (png-js inflates in a callback), and a damaged one then throws from that
 * callback: an uncaught exception that would take the whole app down, with the export left
 * waiting forever. So those PNGs are inflated and their row filters checked here first, where
 * a failure is an ordinary exception and the image is merely skipped.
 */
function checkPngPixels(png: PngHeader): void {
  const decodedLater =
    png.hasAlphaChannel || png.transparency.indexed !== undefined || png.interlaceMethod === 1;
  if (!decodedLater) return;
  const data = inflateSync(png.imgData);
  const pixelBytes = png.pixelBitlength / 8;
  let pos = 0;
  // Mirror png-js's walk: one pass, or the seven Adam7 passes.
  const passes =
    png.interlaceMethod === 1
      ? [
          [0, 0, 8, 8],
          [4, 0, 8, 8],
          [0, 4, 4, 8],
          [2, 0, 4, 4],
          [0, 2, 2, 4],
          [1, 0, 2, 2],
          [0, 1, 1, 2],
        ]
      : [[0, 0, 1, 1]];
  for (const [x0 = 0, y0 = 0, dx = 1, dy = 1] of passes) {
    const w = Math.ceil((png.width - x0) / dx);
    const h = Math.ceil((png.height - y0) / dy);
    const rowBytes = Math.ceil(pixelBytes * w);
    for (let row = 0; row < h && pos < data.length; row++) {
      const filter = data[pos] ?? 0;
      if (filter > 4) throw new Error(`damaged PNG (row filter ${filter})`);
      pos += 1 + rowBytes;
    }
  }
}

type Rect = { x: number; y: number; w: number; h: number };

/** A link annotation made a child of the structure element `Link` (pdfkit's types lack `structParent`). */
const underLink = (link: PDFKit.PDFStructureElement | null): PDFKit.Mixins.AnnotationOption | undefined =>
  link ? ({ structParent: link } as unknown as PDFKit.Mixins.AnnotationOption) : undefined;

/** An internal link (named destination) tagged as a child of a structure element `Link`. */
export function goToTagged(doc: PDFKit.PDFDocument, rect: Rect, destination: string, link: PDFKit.PDFStructureElement | null): void {
  doc.goTo(rect.x, rect.y, rect.w, rect.h, destination, underLink(link));
}

/** An external link, tagged the same way. */
export function linkTagged(doc: PDFKit.PDFDocument, rect: Rect, url: string, link: PDFKit.PDFStructureElement | null): void {
  doc.link(rect.x, rect.y, rect.w, rect.h, url, underLink(link));
}

interface BufferedPage {
  content: {
    buffer: Uint8Array[];
    compress: boolean;
    data: { Filter?: string };
  };
}

const deflateAsync = promisify(deflate);

/**
 * Compresses the content streams of all buffered pages on zlib's thread pool, several at
 * once, instead of one after another on the main thread inside `doc.end()`. Same bytes as
 * pdfkit's own compression; call it just before `doc.end()`, once nothing more is drawn.
 */
export async function compressBufferedPages(doc: PDFKit.PDFDocument): Promise<void> {
  const pages = (doc as unknown as { _pageBuffer: BufferedPage[] })._pageBuffer;
  let next = 0;
  // A few at a time: enough to keep the pool busy without holding every page twice in memory.
  const worker = async (): Promise<void> => {
    while (next < pages.length) {
      const content = pages[next++]?.content;
      if (!content || !content.compress || content.buffer.length === 0) continue;
      const packed = await deflateAsync(Buffer.concat(content.buffer));
      content.buffer = [packed];
      content.compress = false;
      content.data.Filter = 'FlateDecode';
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}
