/**
 * Bringing articles in: pasted text (with the review the Add Clipping dialog shows first),
 * files, web addresses, articles already captured, and their attachments. Capture first, so
 * bad input never opens or writes anything; then one durable change per clipping, its index
 * kept in step.
 */
import type { ImportOutcome } from '../../../shared/clipping';
import type { PasteReview } from '../../../shared/paste-review';
import type { Archive } from '../archive/types';
import type { CapturedArticle } from '../capture/types';
import { attachmentProgress, importAttachments } from './attachments';
import type { IndexKeeper } from './index-keeper';
import { duplicateIn, reviewOf, withReviewedFields, type ReviewedFields } from './paste-review';
import { archiveLanguages, ocrDataDir } from './print';
import type { ImportFileOptions, Library } from './types';

/**
 * Capture pulls in jsdom, Readability and the language models: load it on first use, so that
 * `cuttings search` and the app's first paint don't pay for it.
 */
const loadCapture = (): Promise<typeof import('../capture')> => import('../capture');

export class Importer {
  constructor(
    private readonly library: Library,
    private readonly archive: Archive,
    private readonly keeper: IndexKeeper,
  ) {}

  /** Imports pasted text; `fields` are the person's corrections from the review. */
  async importText(text: string, options: { html?: string; tags?: string[]; fields?: ReviewedFields } = {}): Promise<ImportOutcome> {
    const { captureClipboard } = await loadCapture();
    return this.add(withReviewedFields(await captureClipboard(text, options.html), options.fields), options.tags);
  }

  /** What a paste would become, without saving anything. */
  async reviewText(text: string, html?: string): Promise<PasteReview> {
    const { captureClipboard } = await loadCapture();
    return reviewOf(await captureClipboard(text, html), duplicateIn(this.archive));
  }

  async importFile(file: string, options: ImportFileOptions = {}): Promise<ImportOutcome> {
    return this.importFileAt(file, options.tags ?? [], 0, options);
  }

  /** The per-file import; `depth` counts how deep in attachments the file was found. */
  private async importFileAt(file: string, tags: string[], depth: number, options: ImportFileOptions = {}): Promise<ImportOutcome> {
    const { captureFile } = await loadCapture();
    const print = {
      ...options.print,
      archiveLangs: archiveLanguages(this.archive.summaries()),
      ocrDataDir: ocrDataDir(this.archive.dir),
      onProgress: options.onProgress,
      signal: options.signal,
    };
    return this.addAt(await captureFile(file, { print }), tags, depth, options);
  }

  async importUrl(url: string, options: { tags?: string[]; signal?: AbortSignal } = {}): Promise<ImportOutcome> {
    const { captureUrl } = await loadCapture();
    return this.add(await captureUrl(url, { signal: options.signal }), options.tags);
  }

  add(article: CapturedArticle, tags: string[] = []): Promise<ImportOutcome> {
    return this.addAt(article, tags, 0);
  }

  /**
   * Stores an article, then its attachments (each through the per-file import, as a clipping of
   * its own) and the links to them. A duplicate article still gets the attachments it lacks.
   */
  private async addAt(
    article: CapturedArticle,
    tags: string[],
    depth: number,
    options: Pick<ImportFileOptions, 'signal' | 'onProgress'> = {},
  ): Promise<ImportOutcome> {
    const { attachments, ...own } = article;
    const outcome = await this.addOne(own, tags);
    if (!attachments?.length) return outcome;
    const { signal, onProgress } = options;
    const results = await importAttachments(attachments, depth, signal, async (file, next, place) => {
      const step = attachmentProgress(place, onProgress);
      step(0, '');
      const { clipping, duplicate } = await this.importFileAt(file, tags, next, {
        signal,
        onProgress: onProgress && ((p) => step(p.fraction, p.label)),
      });
      return { id: clipping.id, duplicate };
    });
    const ids = results.flatMap((r) => (r.id && r.id !== outcome.clipping.id ? [r.id] : []));
    if (ids.length === 0) return { ...outcome, attachments: results };
    const clipping = await this.keeper.change(() => this.archive.linkAttachments(outcome.clipping.id, ids));
    return { ...outcome, clipping, attachments: results };
  }

  private async addOne(article: CapturedArticle, tags: string[]): Promise<ImportOutcome> {
    const { clipping, duplicate } = await this.keeper.change(async () => {
      const outcome = await this.archive.add(article, tags);
      if (!outcome.duplicate) await this.keeper.follow(() => this.keeper.indexClippings([outcome.clipping]));
      return outcome;
    });
    if (duplicate && tags.length > 0) {
      // Importing a duplicate with tags still tags the clipping the user already has.
      await this.library.tag([clipping.id], tags, []);
      return { clipping: await this.library.get(clipping.id), duplicate };
    }
    return { clipping, duplicate };
  }
}
