/**
 * A batch of changes being prepared against the committed state. Nothing in the committed
 * state changes until the batch is on disk, so memory is never ahead of disk. Operations
 * check everything that can fail BEFORE they change the draft, so a rejected operation
 * leaves no trace in a batch it shares with others.
 */
import { CuttingsError } from '../../../shared/errors';
import type { SavedSearch } from '../../../shared/dossier';
import type { DossierRecord, StoredClipping, TagEntry } from './schema';

/** The committed state a draft reads through. */
export interface DraftBase {
  readonly byId: ReadonlyMap<string, StoredClipping>;
  readonly tags: readonly TagEntry[];
  readonly savedSearches: readonly SavedSearch[];
  readonly dossiers: readonly DossierRecord[];
  /** Id of the committed clipping with this URL key or text hash, if any. */
  duplicateOf(urlKey: string | null, hash: string): string | undefined;
}

export class Draft {
  /** id → new record, or null when the clipping is deleted. */
  readonly changed = new Map<string, StoredClipping | null>();
  private tagList: TagEntry[] | null = null;
  private searchList: SavedSearch[] | null = null;
  private dossierList: DossierRecord[] | null = null;
  private readonly newKeys = new Map<string, string>();

  constructor(
    private readonly base: DraftBase,
    readonly now: Date,
  ) {}

  get(id: string): StoredClipping | undefined {
    if (this.changed.has(id)) return this.changed.get(id) ?? undefined;
    return this.base.byId.get(id);
  }

  /** The clipping, or a `not-found` error naming the id. */
  require(id: string): StoredClipping {
    const found = this.get(id);
    if (!found) throw new CuttingsError('not-found', `There is no clipping with id ${id}.`);
    return found;
  }

  /** Checks every id exists before an operation changes anything. */
  requireAll(ids: readonly string[]): StoredClipping[] {
    return ids.map((id) => this.require(id));
  }

  put(record: StoredClipping): void {
    this.changed.set(record.id, record);
  }

  remove(id: string): void {
    this.changed.set(id, null);
  }

  /** Every clipping as the draft sees it (committed ones overlaid with changes, then new ones). */
  *all(): Generator<StoredClipping> {
    for (const [id, rec] of this.base.byId) {
      if (!this.changed.has(id)) yield rec;
      else {
        const next = this.changed.get(id);
        if (next) yield next;
      }
    }
    for (const [id, rec] of this.changed) if (rec && !this.base.byId.has(id)) yield rec;
  }

  get tags(): readonly TagEntry[] {
    return this.tagList ?? this.base.tags;
  }

  /** The tag list, copied on first change. */
  editTags(): TagEntry[] {
    this.tagList ??= this.base.tags.map((t) => ({ ...t }));
    return this.tagList;
  }

  get tagsChanged(): boolean {
    return this.tagList !== null;
  }

  get savedSearches(): readonly SavedSearch[] {
    return this.searchList ?? this.base.savedSearches;
  }

  /** The saved-search list, copied on first change (entries are replaced, never mutated). */
  editSavedSearches(): SavedSearch[] {
    this.searchList ??= [...this.base.savedSearches];
    return this.searchList;
  }

  get dossiers(): readonly DossierRecord[] {
    return this.dossierList ?? this.base.dossiers;
  }

  /** The saved-dossier list, copied on first change (entries are replaced, never mutated). */
  editDossiers(): DossierRecord[] {
    this.dossierList ??= [...this.base.dossiers];
    return this.dossierList;
  }

  /** True when the manifest's lists (tags, saved searches, dossiers) changed. */
  get rootChanged(): boolean {
    return this.tagList !== null || this.searchList !== null || this.dossierList !== null;
  }

  get isEmpty(): boolean {
    return this.changed.size === 0 && !this.rootChanged;
  }

  /** A clipping (committed or added in this batch) with the same URL or text. */
  duplicateOf(urlKey: string | null, hash: string): StoredClipping | undefined {
    const local = (urlKey && this.newKeys.get(`u:${urlKey}`)) || this.newKeys.get(`t:${hash}`);
    if (local) return this.get(local);
    const id = this.base.duplicateOf(urlKey, hash);
    return id ? this.get(id) : undefined;
  }

  /** Remembers a clipping added in this batch for later duplicate checks in the same batch. */
  noteNew(id: string, urlKey: string | null, hash: string): void {
    if (urlKey) this.newKeys.set(`u:${urlKey}`, id);
    this.newKeys.set(`t:${hash}`, id);
  }
}
