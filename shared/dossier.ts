/**
 * The dossier an editor asks for, as a schema: checked in main when it arrives over IPC,
 * and the source of the `DossierSpec` type the PDF writer uses.
 */
import { z } from 'zod';

const line = (max: number) => z.string().trim().max(max).optional();

export const dossierSpecSchema = z.object({
  title: z.string().trim().min(1, 'a dossier needs a title').max(200),
  subtitle: line(300),
  organisation: line(200),
  period: line(100),
  editor: line(200),
  classification: line(200),
  summary: z.string().max(20_000).optional(),
  paper: z.enum(['A4', 'Letter']).optional(),
  groupBy: z.enum(['none', 'tag', 'source', 'day']).optional(),
  order: z.enum(['date', 'source', 'manual']).optional(),
  sections: z
    .array(z.object({ title: z.string().trim().min(1).max(200), ids: z.array(z.string().max(64)).max(5000) }))
    .max(200)
    .optional(),
  lang: z.string().max(35).optional(),
  issuedAt: z.string().max(40).optional(),
  layout: z.enum(['review', 'page-per-clipping']).optional(),
  showTags: z.boolean().optional(),
});

export type DossierSpecInput = z.output<typeof dossierSpecSchema>;

/** A named query kept in the archive (the sidebar's "Saved searches", `cuttings searches`). */
export interface SavedSearch {
  id: string;
  name: string;
  query: string;
}

/** Where a saved dossier's clippings come from: chosen ids, a query, or a saved search. */
export type DossierSource =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'query'; query: string }
  | { kind: 'saved-search'; searchId: string };

/** A dossier kept in the archive: its whole spec and its source, re-exportable at any time. */
export interface SavedDossier {
  id: string;
  spec: DossierSpecInput;
  source: DossierSource;
  createdAt: string;
  updatedAt: string;
}

/** Saved-search names: trimmed, 1–100 characters. */
export const savedSearchNameSchema = z
  .string()
  .trim()
  .min(1, 'a saved search needs a name')
  .max(100, 'a saved search name is at most 100 characters');

const sourceId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not an id');

/** A dossier's source, as a schema (IPC arguments and the stored record). */
export const dossierSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ids'), ids: z.array(sourceId).min(1).max(5000) }),
  z.object({ kind: z.literal('query'), query: z.string().max(2000) }),
  z.object({ kind: z.literal('saved-search'), searchId: sourceId }),
]);

/** One line of a dossier's table of contents: the clipping, its section, and the page it starts on (from 1). */
export interface DossierContentsEntry {
  section: string | null;
  title: string;
  source: string | null;
  page: number;
}
