/**
 * An image's kind and pixel size from its header alone, so oversized pictures (a 300-megapixel
 * scan, a decompression bomb) are refused before anything is decoded.
 */

export type ImageKind = 'png' | 'jpeg' | 'tiff' | 'webp' | 'gif' | 'bmp';

export interface ImageSize {
  kind: ImageKind;
  width: number;
  height: number;
}

/** The kind of image by its first bytes, or null. */
export function imageKind(b: Uint8Array): ImageKind | null {
  const ascii = (from: number, to: number): string => String.fromCharCode(...b.subarray(from, to));
  if (b[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if ((ascii(0, 2) === 'II' && b[2] === 42 && b[3] === 0) || (ascii(0, 2) === 'MM' && b[2] === 0 && b[3] === 42)) return 'tiff';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 2) === 'BM' && b.length > 26) return 'bmp';
  return null;
}

/** The kind and size of an image, or null when the header is not one we know or is cut short. */
export function imageSize(b: Uint8Array): ImageSize | null {
  const kind = imageKind(b);
  if (!kind) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  try {
    const size = SIZE_READERS[kind](view, b);
    if (!size || size.width <= 0 || size.height <= 0) return null;
    return { kind, ...size };
  } catch {
    return null; // a header that ends early (RangeError) is no image we can read
  }
}

type Size = { width: number; height: number } | null;

const SIZE_READERS: Record<ImageKind, (v: DataView, b: Uint8Array) => Size> = {
  png: (v) => ({ width: v.getUint32(16), height: v.getUint32(20) }),
  gif: (v) => ({ width: v.getUint16(6, true), height: v.getUint16(8, true) }),
  bmp: (v) => ({ width: Math.abs(v.getInt32(18, true)), height: Math.abs(v.getInt32(22, true)) }),
  jpeg: jpegSize,
  webp: webpSize,
  tiff: tiffSize,
};

function jpegSize(v: DataView): Size {
  let at = 2;
  while (at + 9 < v.byteLength) {
    if (v.getUint8(at) !== 0xff) return null;
    const marker = v.getUint8(at + 1);
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = v.getUint16(at + 2);
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: v.getUint16(at + 5), width: v.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

function webpSize(v: DataView, b: Uint8Array): Size {
  const chunk = String.fromCharCode(...b.subarray(12, 16));
  if (chunk === 'VP8 ') return { width: v.getUint16(26, true) & 0x3fff, height: v.getUint16(28, true) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = v.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const w = v.getUint8(24) | (v.getUint8(25) << 8) | (v.getUint8(26) << 16);
    const h = v.getUint8(27) | (v.getUint8(28) << 8) | (v.getUint8(29) << 16);
    return { width: w + 1, height: h + 1 };
  }
  return null;
}

/** The largest image in the first IFD chain of a TIFF file (pages of a multi-page scan). */
function tiffSize(v: DataView): Size {
  const le = v.getUint8(0) === 0x49;
  let ifd = v.getUint32(4, le);
  let best: Size = null;
  for (let pages = 0; ifd > 0 && ifd + 2 <= v.byteLength && pages < 64; pages++) {
    const count = v.getUint16(ifd, le);
    let width = 0;
    let height = 0;
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      const tag = v.getUint16(entry, le);
      const type = v.getUint16(entry + 2, le);
      const value = type === 3 ? v.getUint16(entry + 8, le) : v.getUint32(entry + 8, le);
      if (tag === 256) width = value;
      if (tag === 257) height = value;
    }
    if (width * height > (best ? best.width * best.height : 0)) best = { width, height };
    ifd = v.getUint32(ifd + 2 + count * 12, le);
  }
  return best;
}
