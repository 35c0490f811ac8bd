/**
 * A Word file is a ZIP archive. Before mammoth (through JSZip) inflates it, every entry is
 * inflated once here with fflate, counting the bytes that really come out (the sizes an archive
 * declares can lie), so a "docx bomb" is refused before it fills memory, and a damaged archive
 * is named as such. Only the small document-properties part is kept.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { CuttingsError } from '../../../../shared/errors';

/** Far more than any real document with its pictures inflates to. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;
/** A Word file has a few dozen parts; a few thousand is something else. */
export const MAX_ENTRIES = 5000;
/** Text compresses 5–20 times; a part that inflates over 200 times its packed size is a bomb. */
const MAX_RATIO = 200;
/** Parts this small may compress far better than any ratio says (a run of zeros, an empty table). */
const RATIO_FLOOR = 1024 * 1024;

export interface DocxContents {
  /** `docProps/core.xml`, when present. */
  coreXml: string | null;
  /** Names of every part. */
  names: string[];
}

function bomb(label: string): CuttingsError {
  return new CuttingsError(
    'invalid-input',
    `${label} is not a Word document Cuttings will open: it unpacks to far more than its size (a "zip bomb"). ` +
      'If it is a real document, open it in Word, save it again, and import the new file.',
  );
}

function damaged(label: string, cause: unknown): CuttingsError {
  return new CuttingsError(
    'invalid-input',
    `${label} is damaged: it is not a complete Word document (${(cause as Error).message ?? cause}). ` +
      'Open it in Word, save it again, and import the new file.',
    { cause },
  );
}

/**
 * Inflates every entry of `bytes` to count it (nothing is kept but `docProps/core.xml`).
 * @throws CuttingsError `invalid-input` for a damaged archive, one that inflates past the limits,
 * or one that is not a Word document (no `word/document.xml`).
 */
export function checkDocxZip(bytes: Uint8Array, label: string): DocxContents {
  const names: string[] = [];
  let inflated = 0;
  let failure: CuttingsError | null = null;
  let coreChunks: Uint8Array[] | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    names.push(file.name);
    if (names.length > MAX_ENTRIES) {
      failure ??= bomb(label);
      return;
    }
    let own = 0;
    const keep = file.name === 'docProps/core.xml';
    if (keep) coreChunks = [];
    file.ondata = (err, chunk) => {
      if (failure) return;
      if (err) {
        failure = damaged(label, err);
        return;
      }
      own += chunk.byteLength;
      inflated += chunk.byteLength;
      // The packed size is unknown for an entry written with a data descriptor: then only the
      // whole file's ratio counts.
      const entryBomb = file.size !== undefined && own > RATIO_FLOOR && own / Math.max(file.size, 1) > MAX_RATIO;
      const fileBomb = inflated > 8 * RATIO_FLOOR && inflated / bytes.byteLength > MAX_RATIO;
      if (inflated > MAX_INFLATED_BYTES || entryBomb || fileBomb) {
        failure = bomb(label);
        file.terminate();
        return;
      }
      if (keep && own <= 1024 * 1024) coreChunks?.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Small slices: fflate inflates all it is given at once, and deflate packs up to 1,032:1,
    // so a 4 KB slice comes out as 4 MB at most before the counts above can stop it.
    const SLICE = 4 * 1024;
    for (let at = 0; at < bytes.byteLength && !failure; at += SLICE) {
      unzip.push(bytes.subarray(at, Math.min(at + SLICE, bytes.byteLength)), at + SLICE >= bytes.byteLength);
    }
  } catch (err) {
    failure ??= damaged(label, err);
  }
  if (failure) throw failure;
  if (!names.includes('word/document.xml')) {
    const odt = names.includes('content.xml') && names.includes('mimetype');
    throw new CuttingsError(
      'invalid-input',
      odt
        ? `${label} is an OpenDocument file, not a Word document. Save it as .docx (Word) and import that.`
        : `${label} is a ZIP archive, not a Word document. Unpack it and import the files inside.`,
    );
  }
  const core = coreChunks as Uint8Array[] | null;
  const coreXml = core ? Buffer.concat(core).toString('utf8') : null;
  return { coreXml, names };
}
