/**
 * Pictures for the UI tests, drawn here so no image file with a licence to track is needed:
 * a harbour at dusk (sky, sun, sea, a pier) as a real PNG that capture keeps and the reader
 * shows from the archive.
 */
import { crc32, deflateSync } from 'node:zlib';

type Rgb = [number, number, number];

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * t)) as Rgb;

function pixel(x: number, y: number, width: number, height: number): Rgb {
  const horizon = height * 0.58;
  const sun = { x: width * 0.7, y: horizon - height * 0.12, r: height * 0.08 };
  const pier = y > horizon - height * 0.05 && y < horizon + height * 0.02 && x < width * 0.55;
  const post = y >= horizon && y < horizon + height * 0.16 && x < width * 0.55 && Math.floor(x / (width * 0.06)) % 2 === 0 && x % Math.round(width * 0.06) < 5;
  if (pier || post) return [58, 44, 38];
  if (y < horizon) {
    if (Math.hypot(x - sun.x, y - sun.y) < sun.r) return [253, 226, 160];
    return mix([74, 110, 160], [244, 178, 124], y / horizon);
  }
  const depth = (y - horizon) / (height - horizon);
  const wave = Math.sin(x / 9 + y * 1.3) * 0.5 + 0.5;
  const glitter = Math.abs(x - sun.x) < sun.r * (1.4 - depth) && wave > 0.75 ? 0.5 : 0;
  return mix(mix([214, 150, 112], [32, 62, 92], Math.min(1, depth * 1.6)), [253, 226, 160], glitter);
}

/** A `width`×`height` RGB PNG of the harbour. */
export function harbourPng(width = 640, height = 400): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const start = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) rows.set(pixel(x, y, width, height), start + 1 + x * 3);
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
