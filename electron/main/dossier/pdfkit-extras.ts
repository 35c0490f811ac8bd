/**
 * Typed access to pdfkit 0.20 features that @types/pdfkit leaves out (outline items on a
 * given page, image probing, links attached to a structure element). Kept in one file so
 * an upgrade of either package has one place to check.
 */

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

/**
 * Parses an image file and registers it on the document, so a later `doc.image(file)` reuses
 * it. Throws for unreadable files and for formats pdfkit cannot embed (GIF, WebP, SVG…).
 */
export function openImage(doc: PDFKit.PDFDocument, file: string): ProbedImage {
  return (doc as unknown as { openImage(src: string): ProbedImage }).openImage(file);
}

/** An internal link (named destination) tagged as a child of a structure element `Link`. */
export function goToTagged(
  doc: PDFKit.PDFDocument,
  rect: { x: number; y: number; w: number; h: number },
  destination: string,
  link: PDFKit.PDFStructureElement | null,
): void {
  const options = link ? ({ structParent: link } as unknown as PDFKit.Mixins.AnnotationOption) : undefined;
  doc.goTo(rect.x, rect.y, rect.w, rect.h, destination, options);
}

/** An external link, tagged the same way. */
export function linkTagged(
  doc: PDFKit.PDFDocument,
  rect: { x: number; y: number; w: number; h: number },
  url: string,
  link: PDFKit.PDFStructureElement | null,
): void {
  const options = link ? ({ structParent: link } as unknown as PDFKit.Mixins.AnnotationOption) : undefined;
  doc.link(rect.x, rect.y, rect.w, rect.h, url, options);
}
