/**
 * What ids look like, written once. Two shapes, on purpose:
 * - {@link CLIPPING_ID}: a clipping's id as the archive stores it (archive/ids.ts makes 15
 *   base-36 characters; 8–32 are accepted so older archives still read).
 * - {@link RECORD_ID}: any id a caller may name (a clipping, a saved search, a saved dossier,
 *   including records migrated from older archives). It is the guard on IPC arguments, the
 *   CLI and the `cuttings-archive:` protocol: letters, digits, `_` and `-` only, so an id is
 *   always safe inside a path segment or a URL.
 */
import { z } from 'zod';

export const CLIPPING_ID = /^[0-9a-z]{8,32}$/;

export const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** An id argument (IPC, stored dossier sources). */
export const recordIdSchema = z.string().regex(RECORD_ID, 'not a clipping id');
