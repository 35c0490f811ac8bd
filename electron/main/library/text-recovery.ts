/**
 * A clipping whose `text.txt` is lost can usually get it back: its original as captured is
 * kept beside it, and capturing that again gives the same text. The reader and the index use
 * the rebuilt text (the clipping is flagged meanwhile); `cuttings check --repair` writes it back.
 */
import { stat } from 'node:fs/promises';
import type { Clipping } from '../../../shared/clipping';
import { TEXT_MISSING } from '../archive/archive';
import { clippingFilePath } from '../archive/layout';
import type { Archive } from '../archive/types';

/**
 * The text rebuilt from the original file `original` in the clipping folder `folder`, or null
 * when the original is missing, unsafe to open, or no longer captures as text.
 */
export async function recoverClippingText(folder: string, original: string): Promise<string | null> {
  const file = clippingFilePath(folder, original);
  if (!file || !(await stat(file).then((s) => s.isFile(), () => false))) return null;
  try {
    // Capture pulls in jsdom and the language models: loaded only when a text is actually lost.
    const { captureFile } = await import('../capture');
    const text = (await captureFile(file)).text;
    return text.trim() ? text : null;
  } catch {
    return null;
  }
}

/** What the user is told about a clipping whose text file is missing. */
export function missingTextNote(original: string, rebuilt: boolean): string {
  return rebuilt
    ? `Its text file (text.txt) is missing; the text shown was rebuilt from ${original}, the original as captured. \`cuttings check --repair\` writes it back.`
    : `Its text file (text.txt) is missing, and so is the original (${original}): only the details in the catalogue are left. Trash it, or put its folder back from a copy.`;
}

/** Clippings as the library shows them: with the text rebuilt (once per session) when its file is missing. */
export class RecoveredTexts {
  /** Texts rebuilt this session (null: could not be). */
  private readonly texts = new Map<string, string | null>();

  constructor(private readonly archive: Archive) {}

  /**
   * A clipping as the archive has it; when its text file is missing, with the text rebuilt
   * from its original and `damage` saying so. Null when there is no such clipping.
   */
  async read(id: string): Promise<Clipping | null> {
    const clipping = await this.archive.get(id);
    if (clipping?.damage !== TEXT_MISSING) return clipping;
    const original = this.archive.originalFile(id);
    let text = this.texts.get(id);
    if (text === undefined) {
      text = await recoverClippingText(this.archive.clippingDir(id), original);
      this.texts.set(id, text);
    }
    return { ...clipping, text: text ?? '', damage: missingTextNote(original, text !== null) };
  }
}
