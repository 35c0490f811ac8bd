/**
 * Images in and out: a scan or photo (PNG, JPEG, TIFF, WebP, GIF, BMP) → a grey {@link Gray}
 * image, and a grey image → PNG/JPEG bytes. Decoding uses @napi-rs/canvas (Skia, N-API
 * prebuilds: nothing to compile, the same binary for Node and Electron) and utif2 for TIFF.
 * The size is read from the file's header first, so a 300-megapixel picture is refused
 * before a single pixel is decoded.
 */
import { type Canvas, createCanvas, loadImage } from '@napi-rs/canvas';
import UTIF from 'utif2';
import { CuttingsError } from '../../../../shared/errors';
import { type Gray, grayFromRgba } from './gray';
import { imageSize, type ImageKind } from './image-size';

/** More than any page scanned at 600 dpi (A3 at 600 dpi is 70 MP): bigger is a mistake or a bomb. */
export const MAX_MEGAPIXELS = 80;

export interface DecodedImage {
  gray: Gray;
  kind: ImageKind;
}

function refuseSize(name: string, width: number, height: number): never {
  const mp = (width * height) / 1e6;
  throw new CuttingsError(
    'invalid-input',
    `"${name}" is too large to read (${width} × ${height} pixels, ${mp.toFixed(0)} megapixels; the limit is ${MAX_MEGAPIXELS}). ` +
      'Scan the page at 300 dpi, or save the photo at a smaller size, and import it again.',
  );
}

/**
 * Decodes an image file to grey. For TIFF, the first page is read.
 * @throws CuttingsError `invalid-input` for an unknown, damaged or oversized image.
 */
export async function decodeImage(bytes: Uint8Array, name: string): Promise<DecodedImage> {
  const size = imageSize(bytes);
  if (!size) {
    throw new CuttingsError('invalid-input', `"${name}" is not an image Cuttings can read (PNG, JPEG, TIFF, WebP, GIF or BMP).`);
  }
  if (size.width * size.height > MAX_MEGAPIXELS * 1e6) refuseSize(name, size.width, size.height);
  // Decoders fill a file cut short with grey and carry on; a clipping read from half a page is worse than none.
  if (!looksWhole(bytes, size.kind)) {
    throw new CuttingsError('invalid-input', `"${name}" is cut short: the end of the ${size.kind.toUpperCase()} image is missing. Copy or download it again and import it again.`);
  }
  try {
    if (size.kind === 'tiff') return { gray: decodeTiff(bytes, name), kind: size.kind };
    const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (image.width * image.height > MAX_MEGAPIXELS * 1e6) refuseSize(name, image.width, image.height);
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff'; // a transparent PNG is read as if on white paper
    ctx.fillRect(0, 0, image.width, image.height);
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    return { gray: grayFromRgba(data, image.width, image.height), kind: size.kind };
  } catch (err) {
    if (err instanceof CuttingsError) throw err;
    throw new CuttingsError('invalid-input', `"${name}" looks like a ${size.kind.toUpperCase()} image but cannot be read: it may be damaged or cut short.`, { cause: err });
  }
}

/** PNG ends with its IEND chunk and JPEG with its end marker (give or take trailing padding). */
function looksWhole(bytes: Uint8Array, kind: string): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 4096));
  if (kind === 'png') return Buffer.from(tail).includes('IEND');
  if (kind === 'jpeg') {
    for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
    return false;
  }
  return true;
}

function decodeTiff(bytes: Uint8Array, name: string): Gray {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const ifds = UTIF.decode(buffer);
  const page = ifds.find((ifd) => ifd.t256 !== undefined && ifd.t257 !== undefined) ?? ifds[0];
  if (!page) throw new Error('no image in the TIFF file');
  const width = Number((page.t256 as number[] | undefined)?.[0] ?? 0);
  const height = Number((page.t257 as number[] | undefined)?.[0] ?? 0);
  if (width * height > MAX_MEGAPIXELS * 1e6) refuseSize(name, width, height);
  UTIF.decodeImage(buffer, page);
  const rgba = UTIF.toRGBA8(page);
  return grayFromRgba(rgba, page.width, page.height);
}

/** Encodes a grey image as PNG (lossless: for tests and small regions). */
export function encodePng(gray: Gray): Uint8Array {
  return new Uint8Array(toCanvas(gray).encodeSync('png'));
}

/** Encodes a grey image as JPEG: a facsimile page at a tenth of a PNG's size. */
export function encodeJpeg(gray: Gray, quality = 82): Uint8Array {
  return new Uint8Array(toCanvas(gray).encodeSync('jpeg', quality));
}

function toCanvas(gray: Gray): Canvas {
  const canvas = createCanvas(gray.width, gray.height);
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(gray.width, gray.height);
  const out = image.data;
  for (let i = 0, j = 0; i < gray.data.length; i++, j += 4) {
    const v = gray.data[i] as number;
    out[j] = v;
    out[j + 1] = v;
    out[j + 2] = v;
    out[j + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}
