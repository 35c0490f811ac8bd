/**
 * Dossiers and saved searches, as schemas: checked in main when they arrive over IPC or from
 * the command line, checked again when the catalogue is read, and the source of every type
 * the PDF writer, the library, the CLI and the builder use.
 */
import { z } from 'zod';
import { recordIdSchema } from './ids';
import { paperSchema } from './settings';

const line = (max: number) => z.string().trim().max(max).optional();

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** What the editor chose for a dossier. Everything but the title is optional. */
export const dossierSpecSchema = z.object({
  title: z.string().trim().min(1, 'a dossier needs a title').max(200),
  subtitle: line(300),
  /** The office issuing the dossier, e.g. "Ministry of Foreign Affairs — Press Office". */
  organisation: line(200),
  /** The period covered, as the editor wants it printed ("24–25 November 2026"). */
  period: line(100),
  editor: line(200),
  /** A line such as "For internal use only", printed on the cover and in every footer. */
  classification: line(200),
  /** The editor's summary, printed on the cover; blank lines separate paragraphs. */
  summary: z.string().max(20_000).optional(),
  paper: paperSchema.optional(),
  /** How clippings are grouped into sections; ignored when `sections` is given. */
  groupBy: z.enum(['none', 'tag', 'source', 'day']).optional(),
  /** Order inside each section: by publication date (oldest first), by outlet, or as given. */
  order: z.enum(['date', 'source', 'manual']).optional(),
  /** Sections made by hand, in order; clippings left out land in a final "Other clippings". */
  sections: z
    .array(z.object({ title: z.string().trim().min(1).max(200), ids: z.array(z.string().max(64)).max(5000) }))
    .max(200)
    .optional(),
  /** BCP 47 language of the dossier's own text (cover, contents, labels); default 'en-GB'. */
  lang: z.string().max(35).refine(isLanguageTag, 'not a language tag (try en-GB, fr or de-CH)').optional(),
  /** Date of issue printed on the cover (ISO date); default today. */
  issuedAt: z.string().max(40).optional(),
  /**
   * 'review' (the default): short clippings run on one after another, a rule between them, and
   * a clipping longer than a page starts on a new one. 'page-per-clipping': each on a new page.
   */
  layout: z.enum(['review', 'page-per-clipping']).optional(),
  /** Print each clipping's tags in its line of facts. */
  showTags: z.boolean().optional(),
  /**
   * For clippings taken from print (PDF pages, scans, photos): their text, their facsimile (the
   * page as printed), or both, the facsimile after the text (the default).
   */
  printed: z.enum(['text', 'facsimile', 'both']).optional(),
});
export type DossierSpec = z.infer<typeof dossierSpecSchema>;

/** What is wrong with a spec the schema refused, in words for people: `paper: choose A4 or Letter`. */
export function specProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'spec'}: ${issue.message}` : 'not a dossier spec';
}

/** Saved-search names: trimmed, 1–100 characters. */
export const savedSearchNameSchema = z
  .string()
  .trim()
  .min(1, 'a saved search needs a name')
  .max(100, 'a saved search name is at most 100 characters');

/** A named query kept in the archive (the sidebar's "Saved searches", `cuttings searches`). */
export const savedSearchSchema = z.object({ id: z.string(), name: z.string(), query: z.string() });
export type SavedSearch = z.infer<typeof savedSearchSchema>;

/**
 * The saved search a user or a record names: the one with this id, or else the one with this
 * name (any case, spaces around it ignored). Ids come first: a dossier that refers to a search
 * by id must reach that search even if another search is named like the id; names are what
 * people type (the CLI's `--saved-search Ukraine`), and no name is chosen to look like an id.
 * The one lookup for the archive, the library's dossiers and the CLI.
 */
export function findSavedSearch<S extends SavedSearch>(list: readonly S[], idOrName: string): S | undefined {
  const key = savedSearchKey(idOrName);
  return list.find((s) => s.id === idOrName) ?? list.find((s) => savedSearchKey(s.name) === key);
}

/** Names of saved searches are unique regardless of case: this is what is compared. */
export const savedSearchKey = (name: string): string => name.trim().toLocaleLowerCase();

/** Where a dossier's clippings come from: chosen ids, a query, or a saved search. */
export const dossierSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ids'), ids: z.array(recordIdSchema).min(1).max(5000) }),
  z.object({ kind: z.literal('query'), query: z.string().max(2000) }),
  z.object({ kind: z.literal('saved-search'), searchId: recordIdSchema }),
]);
export type DossierSource = z.infer<typeof dossierSourceSchema>;

/** A dossier kept in the archive: its whole spec and its source, re-exportable at any time. */
export const savedDossierSchema = z.object({
  id: z.string(),
  spec: dossierSpecSchema,
  // As stored: looser than an argument (a record migrated from v2 may hold no clippings).
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('ids'), ids: z.array(z.string()) }),
    z.object({ kind: z.literal('query'), query: z.string() }),
    z.object({ kind: z.literal('saved-search'), searchId: z.string() }),
  ]),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedDossier = z.infer<typeof savedDossierSchema>;

/** One line of a dossier's table of contents: the clipping, its section, and the page it starts on (from 1). */
export const dossierContentsEntrySchema = z.object({
  section: z.string().nullable(),
  title: z.string(),
  source: z.string().nullable(),
  page: z.number().int().min(1),
});
export type DossierContentsEntry = z.infer<typeof dossierContentsEntrySchema>;

/** The dossier as laid out: page count, how many clippings, the contents with page numbers. */
const dossierLayoutSchema = z.object({
  pages: z.number().int(),
  clippings: z.number().int(),
  contents: z.array(dossierContentsEntrySchema),
});

/** A preview: the layout's facts and the PDF itself (base64), for the builder's page thumbnails. */
export const dossierPreviewSchema = dossierLayoutSchema.extend({ pdf: z.string() });
export type DossierPreview = z.infer<typeof dossierPreviewSchema>;

/** A dossier written to disk: the layout's facts and the file. */
export const dossierExportSchema = dossierLayoutSchema.extend({ file: z.string() });
export type DossierExport = z.infer<typeof dossierExportSchema>;
