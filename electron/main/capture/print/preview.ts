/**
 * A page of a PDF or an image, small enough to show in the import dialog (about 1400 pixels
 * tall), where the user draws the region of the article on it.
 */
import { CuttingsError } from '../../../../shared/errors';
import { shrink } from './gray';
import { openPdf } from './pdf';
import { decodeImage, encodePng } from './raster';
import { isPdf } from './sniff';

export interface PagePreview {
  png: Uint8Array;
  page: number;
  pages: number;
  /** True when the page has a text layer (a PDF that needs no OCR). */
  hasText: boolean;
}

const PREVIEW_HEIGHT = 1400;

export async function previewPage(bytes: Uint8Array, name: string, page: number): Promise<PagePreview> {
  if (!isPdf(bytes)) {
    const { gray } = await decodeImage(bytes, name);
    const small = shrink(gray, Math.max(1, Math.floor(gray.height / PREVIEW_HEIGHT)));
    return { png: encodePng(small), page: 1, pages: 1, hasText: false };
  }
  const pdf = await openPdf(bytes, name);
  try {
    if (page > pdf.pages) throw new CuttingsError('invalid-input', `"${name}" has ${pdf.pages} page${pdf.pages === 1 ? '' : 's'}; there is no page ${page}.`);
    const size = await pdf.size(page);
    const image = await pdf.render(page, (PREVIEW_HEIGHT / size.height) * 72);
    const text = await pdf.text(page);
    return { png: encodePng(image), page, pages: pdf.pages, hasText: text !== null };
  } finally {
    await pdf.close();
  }
}
