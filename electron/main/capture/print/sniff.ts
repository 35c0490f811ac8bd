/** Telling a print clipping (a PDF, an image) by its first bytes. Light: no decoder is loaded. */
import { imageKind } from './image-size';

/** True when the bytes start like a PDF ("%PDF-", perhaps after a little junk, as readers allow). */
export function isPdf(head: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(head.subarray(0, 1024)).includes('%PDF-');
}

/** True when the bytes start like a PDF or an image Cuttings reads as print. */
export function isPrintFile(head: Uint8Array): boolean {
  return isPdf(head) || imageKind(head) !== null;
}

/** File name endings of print clippings, for folder imports (the content decides, not the name). */
export const PRINT_EXTENSIONS = ['.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.webp', '.gif', '.bmp'];
