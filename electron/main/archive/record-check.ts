/**
 * The one check of a stored clipping's shape: shards when the catalogue is opened, snapshots
 * (backups, exports, migrations) when they are read. Hand-written because zod takes about as
 * long as JSON.parse itself on 100,000 clippings, and these plain `typeof` checks a small
 * fraction of that. There is deliberately no zod schema of the record beside it (one was kept
 * once, used by nothing, and drifted): `StoredClipping` in schema.ts is the type, this is the
 * check, and tests/main/archive/record-check.test.ts breaks every field in turn.
 * (zod validates the small parts: manifests, a snapshot's head, migrations.)
 */
import { CLIPPING_ID } from '../../../shared/ids';
import { OPTIONAL_METADATA_FIELDS } from '../../../shared/provenance';
import { isClippingFileName } from './layout';
import type { StoredClipping } from './schema';

const NULLABLE_STRINGS = [...OPTIONAL_METADATA_FIELDS, 'trashedAt'] as const;

function isStringArray(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  for (const s of v) if (typeof s !== 'string') return false;
  return true;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Returns a description of what is wrong with `v` as a stored clipping, or null when it is fine. */
export function checkStoredClipping(v: unknown): string | null {
  if (!isObject(v)) return 'not an object';
  if (typeof v.id !== 'string' || !CLIPPING_ID.test(v.id)) return 'bad id';
  if (typeof v.title !== 'string') return `${v.id}: title is not text`;
  if (typeof v.titleDerived !== 'boolean') return `${v.id}: titleDerived is not true/false`;
  if (typeof v.capturedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(v.capturedAt))
    return `${v.id}: capturedAt is not a timestamp`;
  for (const key of NULLABLE_STRINGS) {
    const f = v[key];
    if (f !== null && typeof f !== 'string') return `${v.id}: ${key} is not text or null`;
  }
  if (typeof v.notes !== 'string') return `${v.id}: notes is not text`;
  if (!isStringArray(v.tags)) return `${v.id}: tags is not a list of names`;
  const e = v.entities;
  if (!isObject(e) || !isStringArray(e.people) || !isStringArray(e.places) || !isStringArray(e.organisations))
    return `${v.id}: entities has the wrong shape`;
  if (!Array.isArray(v.quotes)) return `${v.id}: quotes is not a list`;
  for (const q of v.quotes) {
    if (!isObject(q) || typeof q.text !== 'string' || (q.speaker !== null && typeof q.speaker !== 'string'))
      return `${v.id}: a quote has the wrong shape`;
  }
  if (!Array.isArray(v.images)) return `${v.id}: images is not a list`;
  for (const i of v.images) {
    if (!isObject(i) || typeof i.file !== 'string') return `${v.id}: an image has the wrong shape`;
  }
  if (!isObject(v.provenance)) return `${v.id}: provenance is not an object`;
  if (v.attachmentIds !== undefined && !isStringArray(v.attachmentIds)) return `${v.id}: attachmentIds is not a list of ids`;
  if (typeof v.wordCount !== 'number' || v.wordCount < 0) return `${v.id}: wordCount is not a count`;
  if (typeof v.textHash !== 'string' || v.textHash === '') return `${v.id}: textHash is missing`;
  const files = v.files;
  if (!isObject(files) || typeof files.original !== 'string' || typeof files.html !== 'boolean')
    return `${v.id}: files has the wrong shape`;
  if (v.print !== undefined) {
    const p = v.print;
    if (!isObject(p) || !isStringArray(p.facsimile) || (p.method !== 'pdf-text' && p.method !== 'ocr'))
      return `${v.id}: print has the wrong shape`;
  }
  return null;
}

/**
 * The first path field of a (well-shaped) stored clipping that would leave its folder, as
 * `images[0].file "../x"`, or null when every one is a plain file name. Imports and restores
 * refuse such a catalogue; where a path is used it is checked again (`clippingFilePath`).
 */
export function unsafePathField(rec: StoredClipping): string | null {
  if (!isClippingFileName(rec.files.original)) return `files.original ${JSON.stringify(rec.files.original)}`;
  const i = rec.images.findIndex((image) => !isClippingFileName(image.file));
  return i < 0 ? null : `images[${i}].file ${JSON.stringify(rec.images[i]?.file)}`;
}
