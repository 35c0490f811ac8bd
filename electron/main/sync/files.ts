/**
 * A clipping's files as CouchDB attachments of its `files:<id>` document, and back.
 */
import { readFile } from 'node:fs/promises';
import { HTML_FILE, TEXT_FILE, clippingFilePath } from '../archive/layout';
import type { ReplicaFile } from '../archive/replica-ops';
import type { StoredClipping } from '../archive/schema';
import type { Archive } from '../archive/types';
import { filesDocId } from './docs';

const TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
};

function contentType(name: string): string {
  return TYPES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

/** The names of the files a clipping has in its folder. */
export function clippingFileNames(rec: StoredClipping): string[] {
  const names = [TEXT_FILE, rec.files.original, ...rec.images.map((i) => i.file)];
  if (rec.files.html) names.push(HTML_FILE);
  return [...new Set(names)];
}

export interface FilesDoc {
  _id: string;
  kind: 'files';
  _attachments: Record<string, { content_type: string; data: Buffer }>;
}

/** The `files:<id>` document of a clipping, read from its folder (a file that is missing is left out). */
export async function filesDoc(archive: Archive, rec: StoredClipping): Promise<FilesDoc> {
  const attachments: FilesDoc['_attachments'] = {};
  for (const name of clippingFileNames(rec)) {
    const file = clippingFilePath(archive.clippingDir(rec.id), name);
    if (!file) continue;
    try {
      attachments[name] = { content_type: contentType(name), data: await readFile(file) };
    } catch {
      // A lost file (the consistency check reports it) must not stop the rest from sharing.
    }
  }
  return { _id: filesDocId(rec.id), kind: 'files', _attachments: attachments };
}

/** The files a `files:<id>` document brings (fetched with `attachments: true, binary: true`). */
export function replicaFiles(doc: { _attachments?: Record<string, unknown> }): ReplicaFile[] {
  const out: ReplicaFile[] = [];
  for (const [name, att] of Object.entries(doc._attachments ?? {})) {
    const data = (att as { data?: unknown }).data;
    if (data instanceof Uint8Array) out.push({ name, data });
    else if (typeof data === 'string') out.push({ name, data: Buffer.from(data, 'base64') });
  }
  return out;
}
