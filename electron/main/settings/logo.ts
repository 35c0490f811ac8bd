/**
 * The organisation's logo for dossier covers, kept as a file beside the settings (so it stays
 * when the picture it came from is moved or deleted). Only PNG and JPEG are taken: they are
 * what a PDF can hold, and a logo in any other format would silently vanish from the cover.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { CuttingsError } from '../../../shared/errors';
import { MAX_LOGO_BYTES } from '../../../shared/settings';
import { writeFileAtomic } from '../archive/durable-fs';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** 'png' or 'jpg' for the bytes of a picture a PDF can hold; throws `invalid-input` otherwise. */
export function logoKind(data: Uint8Array): 'png' | 'jpg' {
  if (data.byteLength === 0) throw new CuttingsError('invalid-input', 'The logo file is empty.');
  if (data.byteLength > MAX_LOGO_BYTES) {
    throw new CuttingsError('invalid-input', 'The logo is larger than 1 MB: choose a smaller picture.');
  }
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.subarray(0, 8).equals(PNG)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  throw new CuttingsError('invalid-input', 'The logo must be a PNG or JPEG picture (SVG, GIF and WebP cannot go in a PDF).');
}

/** Writes the logo beside the settings file, replacing any earlier one; returns its path. */
export async function storeLogo(settingsFile: string, data: Uint8Array, previous: string | null): Promise<string> {
  const file = path.join(path.dirname(settingsFile), `organisation-logo.${logoKind(data)}`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  if (previous && previous !== file) await rm(previous, { force: true });
  return file;
}

/** The logo as a data: URL for the Settings screen's preview, or null when it cannot be read. */
export async function logoDataUrl(file: string | null): Promise<string | null> {
  if (!file) return null;
  try {
    const data = await readFile(file);
    return `data:image/${file.endsWith('.png') ? 'png' : 'jpeg'};base64,${data.toString('base64')}`;
  } catch {
    return null;
  }
}
