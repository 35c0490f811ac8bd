/**
 * The IPC contract, written once. Each channel has an argument schema (checked in main
 * before the handler runs) and a result type. The preload's API type, the handlers'
 * type and the renderer's `window.cuttings` type are all derived from this object.
 *
 * To add a channel: add an entry here, implement it in `electron/main/ipc/handlers.ts`
 * (the compiler insists), and call it from the renderer as `window.cuttings.<ns>.<method>()`.
 */
import { z } from 'zod';
import type {
  Clipping,
  ClippingLinks,
  ClippingSummary,
  ImportOutcome,
  SearchAnswer,
  TagInfo,
} from '../clipping';
import { BACKUP_FILE_NAME, type BackupCensus, type BackupInfo, type RecoveryView, type RepairResult, type RestoreResult } from '../backups';
import {
  type DossierExport,
  type DossierPreview,
  dossierSourceSchema,
  dossierSpecSchema,
  savedSearchNameSchema,
  type SavedDossier,
  type SavedSearch,
} from '../dossier';
import { recordIdSchema } from '../ids';
import type { BatchImportSummary } from '../imports';
import type { PasteReview } from '../paste-review';
import { clippingOriginsSchema } from '../provenance';
import { ocrCodeSchema, type OcrLanguagesView, printImportOptionsSchema, type PrintPagePreview, type Publication } from '../print';
import { logoUploadSchema, settingsUpdateSchema, type SettingsView } from '../settings';
import { librarySortSchema, searchSortSchema } from '../sort';
import { teamSetupSchema, type ClippingHistory, type TeamView } from '../team';

/** Phantom marker carrying a channel's result type. */
const returns = <T>(): T => undefined as unknown as T;

const id = recordIdSchema;
const tag = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(64, 'a tag is at most 64 characters')
  .regex(/^[^\s,]+$/, 'a tag has no spaces or commas');
const ids = z.array(id).min(1).max(100_000);
const nullableLine = z.string().trim().max(500).nullable();
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb').nullable();
const absolutePath = z.string().min(1).max(4096);

/** The fields a person corrects in the details form and in the paste review (one set of rules). */
const reviewedFields = z.object({
  title: z.string().trim().min(1, 'a title cannot be empty').max(500),
  source: nullableLine,
  author: nullableLine,
  dateline: nullableLine,
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'a date is YYYY-MM-DD').nullable(),
  lang: z.string().regex(/^[a-z]{2,3}$/, 'a language is a code such as en or de').nullable(),
});

/** 20 MB of pasted text is far more than any article; beyond it something went wrong. */
export const MAX_PASTE_CHARS = 20_000_000;

/** What a dossier is made of: its spec, and exactly one source of clippings. */
const dossierArgs = z.object({
  spec: dossierSpecSchema,
  ids: z.array(id).min(1).max(5000).optional(),
  query: z.string().max(2000).optional(),
  /** Export the clippings of this saved search. */
  savedSearchId: id.optional(),
  /** Re-export this saved dossier with its stored spec and source (clippings as they are now). */
  dossierId: id.optional(),
});

export const contract = {
  'app.info': { args: z.object({}), result: returns<AppInfo>() },
  'clippings.importText': {
    args: z.object({
      text: z.string().max(MAX_PASTE_CHARS, 'the pasted text is too large (over 20 MB)'),
      html: z.string().max(MAX_PASTE_CHARS).optional(),
      tags: z.array(tag).max(100).optional(),
      /** Fields the person corrected in the review; they replace what capture found. */
      fields: reviewedFields.partial().optional(),
    }),
    result: returns<ImportOutcome>(),
  },
  /** What a paste would become, before it is saved: fields found, length, a duplicate. */
  'clippings.reviewText': {
    args: z.object({
      text: z.string().max(MAX_PASTE_CHARS, 'the pasted text is too large (over 20 MB)'),
      html: z.string().max(MAX_PASTE_CHARS).optional(),
    }),
    result: returns<PasteReview>(),
  },
  'clippings.list': {
    args: z.object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
      sort: librarySortSchema.default('captured'),
      trashed: z.boolean().default(false),
    }),
    result: returns<{ total: number; items: ClippingSummary[] }>(),
  },
  'clippings.get': { args: z.object({ id }), result: returns<Clipping>() },
  /** Several clippings at once, without their text, in the order asked (unknown ids left out): the dossier builder's rows. */
  'clippings.summaries': { args: z.object({ ids: z.array(id).max(5000) }), result: returns<ClippingSummary[]>() },
  /** The clippings linked to one: its attachments (an e-mail's PDFs), and those it is attached to. */
  'clippings.links': { args: z.object({ id }), result: returns<ClippingLinks>() },
  /** The clipping's sanitized article HTML (null for pasted text), images pointing into the archive. */
  'clippings.article': { args: z.object({ id }), result: returns<{ html: string | null }>() },
  'clippings.tag': {
    args: z.object({
      ids,
      add: z.array(tag).max(100).default([]),
      remove: z.array(tag).max(100).default([]),
    }),
    result: returns<{ updated: number }>(),
  },
  'clippings.trash': { args: z.object({ ids }), result: returns<{ trashed: number }>() },
  'clippings.restore': { args: z.object({ ids }), result: returns<{ restored: number }>() },
  'search.query': {
    args: z.object({
      q: z.string().max(2000),
      limit: z.number().int().min(1).max(1000).default(50),
      offset: z.number().int().min(0).default(0),
      sort: searchSortSchema.default('relevance'),
    }),
    result: returns<SearchAnswer>(),
  },
  'tags.list': { args: z.object({}), result: returns<TagInfo[]>() },
  'clippings.update': {
    args: z.object({
      id,
      patch: z
        .object({
          ...reviewedFields.shape,
          caption: z.string().max(2000).nullable(),
          credit: nullableLine,
          url: z.url({ protocol: /^https?$/, error: 'a URL starts with http:// or https://' }).nullable(),
          notes: z.string().max(100_000),
          entities: z.object({
            people: z.array(z.string().max(200)).max(500),
            places: z.array(z.string().max(200)).max(500),
            organisations: z.array(z.string().max(200)).max(500),
          }),
        })
        .partial(),
      /** When undoing an edit: where the values put back came from (else they are "entered by you"). */
      origins: clippingOriginsSchema.optional(),
    }),
    result: returns<Clipping>(),
  },
  'clippings.importUrl': {
    args: z.object({ url: z.url({ protocol: /^https?$/, error: 'enter a web address starting with http:// or https://' }), tags: z.array(tag).max(100).optional() }),
    result: returns<ImportOutcome>(),
  },
  'clippings.importFiles': {
    args: z.object({ paths: z.array(absolutePath).min(1).max(10_000), tags: z.array(tag).max(100).optional() }),
    result: returns<BatchImportSummary>(),
  },
  /** Asks the user for a folder (in the app) and imports it; progress arrives as `task.progress`. */
  'clippings.importFolder': {
    args: z.object({ path: absolutePath.optional(), tags: z.array(tag).max(100).optional() }),
    result: returns<BatchImportSummary | null>(),
  },
  'clippings.emptyTrash': { args: z.object({}), result: returns<{ deleted: number }>() },
  'tags.rename': { args: z.object({ from: tag, to: tag }), result: returns<{ updated: number }>() },
  'tags.merge': { args: z.object({ sources: z.array(tag).min(1).max(100), target: tag }), result: returns<{ updated: number }>() },
  'tags.setColor': { args: z.object({ name: tag, color }), result: returns<{ ok: true }>() },
  'tags.delete': { args: z.object({ name: tag }), result: returns<{ updated: number }>() },
  /** Writes a dossier PDF (asking where, in the app), then opens or prints it if asked. */
  'dossier.export': {
    args: dossierArgs.extend({ then: z.enum(['nothing', 'open', 'print']).default('nothing') }),
    result: returns<DossierExport | null>(),
  },
  /** The dossier laid out as the export would be (page count and contents), without keeping a file. */
  'dossier.preview': {
    args: dossierArgs,
    result: returns<DossierPreview>(),
  },
  'searches.list': { args: z.object({}), result: returns<SavedSearch[]>() },
  /** Saves a named query; a search with the same name (any case) has its query replaced. */
  'searches.save': {
    args: z.object({ name: savedSearchNameSchema, query: z.string().max(2000) }),
    result: returns<SavedSearch>(),
  },
  'searches.delete': { args: z.object({ id }), result: returns<{ deleted: number }>() },
  'dossiers.list': { args: z.object({}), result: returns<SavedDossier[]>() },
  /** Stores a dossier (spec and source); with `id`, replaces that saved dossier. */
  'dossiers.save': {
    args: z.object({ id: id.optional(), spec: dossierSpecSchema, source: dossierSourceSchema }),
    result: returns<SavedDossier>(),
  },
  'dossiers.delete': { args: z.object({ id }), result: returns<{ deleted: number }>() },
  /** Cancels a running import or export. */
  'tasks.cancel': { args: z.object({ task: z.enum(['import', 'dossier']) }), result: returns<{ cancelled: boolean }>() },
  'settings.get': { args: z.object({}), result: returns<SettingsView>() },
  'settings.update': {
    args: settingsUpdateSchema,
    result: returns<SettingsView>(),
  },
  /** Asks for a folder and switches the app to the archive there (created if empty). */
  'settings.chooseArchive': { args: z.object({}), result: returns<SettingsView | null>() },
  /** Keeps the organisation's logo for dossier covers (PNG or JPEG, base64), or removes it (null). */
  'settings.setLogo': { args: logoUploadSchema, result: returns<SettingsView>() },
  'app.revealArchive': { args: z.object({}), result: returns<{ ok: true }>() },
  /** The archive's backups, newest first. */
  'backups.list': { args: z.object({}), result: returns<BackupInfo[]>() },
  /** Writes a verified backup of the catalogue now. */
  'backups.create': { args: z.object({}), result: returns<BackupInfo>() },
  /**
   * Puts a backup back (a backup of the catalogue it replaces is made first, and the catalogue
   * itself is kept in `kept/`); the window then reloads the archive (`archive.switched`).
   */
  'backups.restore': {
    args: z.object({ name: z.string().regex(BACKUP_FILE_NAME, { error: 'not the name of a backup' }) }),
    result: returns<RestoreResult>(),
  },
  /** Why the archive could not be opened (the recovery screen), or null when it is open. */
  'recovery.state': { args: z.object({}), result: returns<RecoveryView | null>() },
  /** The backups of the archive that could not be opened, newest first, with their clipping counts. */
  'recovery.backups': { args: z.object({}), result: returns<BackupCensus[]>() },
  /** Puts a backup back and opens the archive; the window then reloads (`archive.switched`). */
  'recovery.restore': {
    args: z.object({ name: z.string().regex(BACKUP_FILE_NAME, { error: 'not the name of a backup' }) }),
    result: returns<RestoreResult>(),
  },
  /** Rebuilds the catalogue from the clipping folders and opens the archive (`archive.switched`). */
  'recovery.repair': { args: z.object({}), result: returns<RepairResult>() },
  /** Asks for a folder and opens the archive there (`archive.switched`); null when cancelled. */
  'recovery.openOther': { args: z.object({}), result: returns<{ archiveDir: string } | null>() },
  /** A page of a PDF or an image about to be imported, as a small picture to draw a region on. */
  'print.preview': {
    args: z.object({ path: absolutePath, page: z.number().int().min(1).max(10_000).default(1) }),
    result: returns<PrintPagePreview>(),
  },
  /** Imports one PDF or image with the import dialog's details; progress arrives as `task.progress`. */
  'print.import': {
    args: z.object({ path: absolutePath, options: printImportOptionsSchema, tags: z.array(tag).max(100).optional() }),
    result: returns<ImportOutcome>(),
  },
  /** Publications the archive's print clippings came from, most recent first (the dialog offers them). */
  'print.publications': { args: z.object({}), result: returns<Publication[]>() },
  /** OCR languages: those that ship with Cuttings and those added to the archive. */
  'ocr.languages': { args: z.object({}), result: returns<OcrLanguagesView>() },
  /** Adds a Tesseract `.traineddata` file (chosen or dropped in Settings) to the archive's OCR data. */
  'ocr.addLanguage': { args: z.object({ path: absolutePath }), result: returns<OcrLanguagesView>() },
  'ocr.removeLanguage': { args: z.object({ code: ocrCodeSchema }), result: returns<OcrLanguagesView>() },
  /** Settings → Team: whether the archive is shared, and how the last sync went. */
  'team.status': { args: z.object({}), result: returns<TeamView>() },
  /** Shares the archive with a CouchDB database (checked with the server first); syncing starts. */
  'team.setup': { args: teamSetupSchema, result: returns<TeamView>() },
  'team.syncNow': { args: z.object({}), result: returns<TeamView>() },
  /** Stops sharing: the archive keeps everything; the settings and the stored password go. */
  'team.stop': { args: z.object({}), result: returns<TeamView>() },
  /** Details: who changed a shared clipping last, and the values merges replaced (null: never synced). */
  'team.history': { args: z.object({ id }), result: returns<ClippingHistory | null>() },
} as const;

export interface AppInfo {
  version: string;
  archiveDir: string;
  clippings: number;
  /** A rebuild of the search index under way (search finds only what it has reached). */
  indexing: { done: number; total: number } | null;
}

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What the renderer passes (defaults may be omitted). */
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
/** What the handler receives (after validation and defaults). */
export type ParsedArgsOf<C extends Channel> = z.output<Contract[C]['args']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

/** The envelope every handler answers with; the preload unwraps it into a value or a thrown Error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: import('../errors').ErrorInfo };

/** Push events from main to the renderer. */
export interface Events {
  /** Clippings were added, changed or removed; the renderer refreshes what it shows. */
  'archive.changed': { ids: string[] };
  /** Progress of a long task (folder import, dossier export). */
  'task.progress': { task: 'import' | 'dossier' | 'index'; done: number; total: number; label: string };
  /** A page arrived from the browser clipper. */
  'clipper.clipped': { id: string; title: string; duplicate: boolean };
  /** The app switched to another archive folder. */
  'archive.switched': { archiveDir: string };
  /** A menu entry asked the window to open one of its screens. */
  'menu.command': { command: MenuCommand };
  /** Sharing with the team changed state (a sync started, progressed, ended, failed). */
  'team.status': TeamView;
}

/** What the application menu can ask the window to do. */
export type MenuCommand = 'add' | 'dossier' | 'tags' | 'settings' | 'search' | 'shortcuts';
export type EventName = keyof Events;
