import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../../electron/main/capture/print/image-size';
import { decodeImage, encodePng } from '../../../../electron/main/capture/print/raster';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/print');
const CONVERT = '/usr/bin/convert';

describe('image headers', () => {
  it('reads the size of a JPEG and of a PNG without decoding them', () => {
    expect(imageSize(new Uint8Array(readFileSync(path.join(FIXTURES, 'ferry-photo.jpg'))))).toMatchObject({ kind: 'jpeg' });
    const png = encodePng({ width: 7, height: 5, data: new Uint8Array(35).fill(200) });
    expect(imageSize(png)).toEqual({ kind: 'png', width: 7, height: 5 });
  });

  it.skipIf(!existsSync(CONVERT))('reads TIFF, WebP, GIF and BMP headers, and decodes a TIFF to grey', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cuttings-img-'));
    for (const ext of ['tif', 'webp', 'gif', 'bmp']) {
      const file = path.join(dir, `x.${ext}`);
      execFileSync(CONVERT, ['-size', '37x23', 'xc:gray60', file]);
      expect(imageSize(new Uint8Array(readFileSync(file)))).toMatchObject({ width: 37, height: 23 });
    }
    const tiff = await decodeImage(new Uint8Array(readFileSync(path.join(dir, 'x.tif'))), 'x.tif');
    expect([tiff.gray.width, tiff.gray.height, tiff.gray.data[0]]).toEqual([37, 23, 153]);
  });

  it('refuses a 300-megapixel image from its header, before decoding anything', async () => {
    const png = encodePng({ width: 4, height: 4, data: new Uint8Array(16) });
    const view = new DataView(png.buffer, png.byteOffset);
    view.setUint32(16, 20_000); // IHDR width
    view.setUint32(20, 15_000); // IHDR height
    await expect(decodeImage(png, 'huge.png')).rejects.toThrow(/too large to read \(20000 × 15000 pixels, 300 megapixels/);
  });

  it('says so for a damaged image and for something that is no image', async () => {
    const jpeg = new Uint8Array(readFileSync(path.join(FIXTURES, 'ferry-photo.jpg'))).subarray(0, 2000);
    await expect(decodeImage(jpeg, 'cut.jpg')).rejects.toThrow(/"cut.jpg" is cut short: the end of the JPEG image is missing/);
    await expect(decodeImage(new TextEncoder().encode('hello'), 'x.png')).rejects.toThrow(/not an image Cuttings can read/);
  });
});
