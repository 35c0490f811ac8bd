/**
 * An article's attachments (an e-mail's PDFs, photos, documents) become clippings of their own
 * through the same per-file import as any file the user brings — so each gets whatever that
 * import can do for its format, and the same refusal in words when it can do nothing — and are
 * then linked to the article. Each attachment is stored whole or not at all; one that fails is
 * named with its reason and the others go on.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AttachmentOutcome } from '../../../shared/clipping';
import { toErrorInfo } from '../../../shared/errors';
import type { CapturedAttachment } from '../capture/types';

/** An attached message's own attachments are imported; theirs are not (a chain of forwards). */
export const MAX_ATTACHMENT_DEPTH = 2;

/**
 * Reading an attachment (OCR of a scan) can take long: its progress, as the file's progress
 * ('Attachment 2 of 5, geneva.txt: …'). Call the result with the attachment's own fraction done.
 */
export function attachmentProgress(
  place: { index: number; count: number; name: string },
  onProgress: ((progress: { fraction: number; label: string }) => void) | undefined,
): (fraction: number, label: string) => void {
  return (fraction, label) =>
    onProgress?.({
      fraction: (place.index + fraction) / place.count,
      label: `Attachment ${place.index + 1} of ${place.count}, ${place.name}${label ? `: ${label}` : ''}`,
    });
}

/** Failures that concern every file after this one too (a full disk, the lock lost): they stop the import. */
const FATAL = new Set(['io', 'locked', 'read-only']);

/** A file name safe to write in a folder of our own: no folders, no dot-files, not empty. */
function safeName(name: string, index: number): string {
  // Control characters and the ones Windows refuses in names become "_".
  const base = [...path.basename(name.replace(/\\/g, '/'))]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '<>:"|?*'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/^\.+/, '');
  return base.slice(-120) || `attachment-${index + 1}`;
}

/**
 * Imports each attachment with `importFile` (the library's per-file import), from a private
 * temporary folder that is removed afterwards. Returns one outcome per attachment, in order;
 * once `signal` is aborted, the attachments not yet begun are listed as cancelled.
 * @throws what `importFile` throws for a failure that concerns the whole archive.
 */
export async function importAttachments(
  attachments: CapturedAttachment[],
  depth: number,
  signal: AbortSignal | undefined,
  importFile: (
    file: string,
    depth: number,
    place: { index: number; count: number; name: string },
  ) => Promise<{ id: string; duplicate: boolean }>,
): Promise<AttachmentOutcome[]> {
  if (attachments.length === 0) return [];
  if (depth >= MAX_ATTACHMENT_DEPTH) {
    return attachments.map((a) => ({
      file: a.name,
      id: null,
      duplicate: false,
      error: 'Not imported: it is attached to a message that was itself an attachment. Import it on its own.',
    }));
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'cuttings-attachments-'));
  const outcomes: AttachmentOutcome[] = [];
  try {
    for (const [i, attachment] of attachments.entries()) {
      if (signal?.aborted) {
        outcomes.push({ file: attachment.name, id: null, duplicate: false, error: 'Not imported: the import was cancelled.' });
        continue;
      }
      if (!attachment.data) {
        outcomes.push({ file: attachment.name, id: null, duplicate: false, error: attachment.problem ?? 'Not imported.' });
        continue;
      }
      try {
        // One folder each: two attachments may share a name, and each keeps its own.
        const dir = path.join(folder, String(i + 1));
        await mkdir(dir);
        const file = path.join(dir, safeName(attachment.name, i));
        await writeFile(file, attachment.data);
        const { id, duplicate } = await importFile(file, depth + 1, { index: i, count: attachments.length, name: attachment.name });
        outcomes.push({ file: attachment.name, id, duplicate, error: null });
      } catch (err) {
        const info = toErrorInfo(err);
        if (FATAL.has(info.code)) throw err;
        outcomes.push({ file: attachment.name, id: null, duplicate: false, error: info.message });
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return outcomes;
}
