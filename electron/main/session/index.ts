/**
 * The desktop app's running state, without Electron: which archive is open, the settings,
 * and the browser clipper. main/index.ts adds dialogs and windows around it; the tests drive
 * it directly (real archive folders, real loopback HTTP).
 */
import { rm } from 'node:fs/promises';
import { CuttingsError } from '../../../shared/errors';
import type { EventName, Events } from '../../../shared/ipc/contract';
import { DEFAULT_CLIPPER_PORT, type SettingsView } from '../../../shared/settings';
import { bookmarklet, newClipperToken, startClipper, type RunningClipper } from '../clipper';
import type { SettingsService } from '../ipc/services';
import type { RestoreResult } from '../../../shared/backups';
import { restoreBackup } from '../archive';
import { openLibrary, type Library } from '../library';
import { defaultArchiveDir } from '../library/location';
import { loadSettings, saveSettings, type Settings, type SettingsPatch } from '../settings';
import { logoDataUrl, storeLogo } from '../settings/logo';

export interface SessionOptions {
  /** The settings file (in Electron's userData folder). */
  settingsFile: string;
  /** `$CUTTINGS_ARCHIVE` wins over the saved choice (tests, and users with several archives). */
  env?: NodeJS.ProcessEnv;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
}

export class AppSession {
  private clipper: RunningClipper | null = null;
  private clipperError: string | null = null;
  private unsubscribe: () => void = () => undefined;
  private rebuild: { done: number; total: number } | null = null;
  /** The organisation's logo as a data: URL for the Settings screen (read when it changes). */
  private logoUrl: string | null = null;

  private constructor(
    private current: Library,
    private settings: Settings,
    private warning: string | null,
    private readonly options: SessionOptions,
  ) {
    this.follow(current);
  }

  /** Opens the archive chosen by the environment, the settings, or the default folder. */
  static async start(options: SessionOptions): Promise<AppSession> {
    const { settings, warning } = await loadSettings(options.settingsFile);
    const env = options.env ?? process.env;
    const dir = env.CUTTINGS_ARCHIVE?.trim() ? defaultArchiveDir(env) : (settings.archiveDir ?? defaultArchiveDir(env));
    const library = await openLibrary(dir, { owner: 'Cuttings', rebuild: 'later' });
    const session = new AppSession(library, settings, warning, options);
    session.logoUrl = await logoDataUrl(settings.organisation.logo);
    await session.applyClipper();
    session.rebuildIndexIfNeeded();
    return session;
  }

  library(): Library {
    return this.current;
  }

  /** How far a rebuild of the search index has got, or null when none is running. */
  get indexing(): { done: number; total: number } | null {
    return this.rebuild;
  }

  /**
   * A missing, damaged or out-of-step search index is rebuilt in the background, with
   * progress pushed to the window (`task.progress`, task `index`): the window opens at once
   * and searches the old index until the new one takes its place; the window is then told to
   * search again (`archive.changed` with no ids).
   */
  private rebuildIndexIfNeeded(): void {
    const library = this.current;
    if (library.readOnly || !library.indexOutOfStep()) return;
    const total = library.archive.summaries().length;
    this.rebuild = { done: 0, total };
    const report = (done: number): void => {
      if (this.current !== library) return;
      this.rebuild = done >= total ? null : { done, total };
      this.options.emit('task.progress', { task: 'index', done, total, label: '' });
    };
    report(0);
    // Every clipping read is not yet done: the new index still has to be merged and put in place.
    library.reindex((done) => report(Math.min(done, total - 1))).then(
      () => {
        report(total);
        if (this.current === library) this.options.emit('archive.changed', { ids: [] });
      },
      (err: unknown) => {
        if (this.current === library) this.rebuild = null;
        // The archive was closed under it (switched, restored, quit): the next open rebuilds.
        if (this.current === library) console.error('Rebuilding the search index failed:', err);
      },
    );
  }

  get windowBounds(): Settings['window'] {
    return this.settings.window;
  }

  async saveWindowBounds(bounds: NonNullable<Settings['window']>): Promise<void> {
    await this.save({ window: bounds });
  }

  /** The settings channel's service; `chooseFolder` asks the user (a dialog in the app). */
  settingsService(chooseFolder: () => Promise<string | null>): SettingsService {
    return {
      view: () => this.view(),
      update: async (patch) => {
        const clipper: Partial<Settings['clipper']> = {};
        if (patch.clipperEnabled !== undefined) clipper.enabled = patch.clipperEnabled;
        if (patch.clipperPort !== undefined) clipper.port = patch.clipperPort;
        if (patch.regenerateClipperToken || (patch.clipperEnabled && !this.settings.clipper.token)) {
          clipper.token = newClipperToken();
        }
        const organisation = patch.organisation === undefined ? undefined : { name: patch.organisation.trim() || null };
        await this.save({ theme: patch.theme, paper: patch.paper, clipper, organisation });
        if (Object.keys(clipper).length > 0) await this.applyClipper();
        return this.view();
      },
      setLogo: async (data) => {
        const current = this.settings.organisation.logo;
        if (data === null) {
          if (current) await rm(current, { force: true });
          await this.save({ organisation: { logo: null } });
        } else {
          await this.save({ organisation: { logo: await storeLogo(this.options.settingsFile, data, current) } });
        }
        this.logoUrl = await logoDataUrl(this.settings.organisation.logo);
        return this.view();
      },
      organisation: () => ({ ...this.settings.organisation }),
      chooseArchive: async () => {
        const dir = await chooseFolder();
        if (!dir) return null;
        await this.switchArchive(dir);
        return this.view();
      },
    };
  }

  /** Opens the archive in `dir` (created if empty); the old one stays open if that fails. */
  async switchArchive(dir: string): Promise<void> {
    const next = await openLibrary(dir, { owner: 'Cuttings', rebuild: 'later' });
    const previous = this.current;
    this.unsubscribe();
    this.current = next;
    this.follow(next);
    await previous.close();
    await this.save({ archiveDir: next.dir });
    this.options.emit('archive.switched', { archiveDir: next.dir });
    this.rebuildIndexIfNeeded();
  }

  /**
   * Puts backup `name` back: the archive is closed (restoring needs its lock), restored and
   * opened again, and the window told to reload it. The archive reopens even when the restore
   * fails, so the app goes on with what it had.
   */
  async restoreBackup(name: string): Promise<RestoreResult> {
    const dir = this.current.dir;
    this.unsubscribe();
    await this.current.close();
    let outcome: RestoreResult | null = null;
    let failure: unknown = null;
    try {
      outcome = await restoreBackup(dir, name, { owner: 'Cuttings' });
    } catch (err) {
      failure = err;
    }
    this.current = await openLibrary(dir, { owner: 'Cuttings', rebuild: 'later' });
    this.follow(this.current);
    this.options.emit('archive.switched', { archiveDir: dir });
    this.rebuildIndexIfNeeded();
    if (failure !== null || !outcome) throw failure;
    return outcome;
  }

  async close(): Promise<void> {
    await this.clipper?.close();
    this.clipper = null;
    this.unsubscribe();
    await this.current.close();
  }

  private view(): SettingsView {
    const { clipper } = this.settings;
    const running = this.clipper !== null;
    return {
      archiveDir: this.current.dir,
      theme: this.settings.theme,
      paper: this.settings.paper,
      clipper: {
        enabled: clipper.enabled,
        port: this.clipper?.port ?? clipper.port,
        running,
        error: clipper.enabled && !running ? this.clipperError : null,
        bookmarklet: running && clipper.token ? bookmarklet(this.clipper?.port ?? clipper.port, clipper.token) : null,
      },
      organisation: { name: this.settings.organisation.name, logo: this.logoUrl },
      warning: this.warning,
    };
  }

  private async save(patch: SettingsPatch): Promise<void> {
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as SettingsPatch;
    this.settings = await saveSettings(this.options.settingsFile, this.settings, defined);
  }

  private follow(library: Library): void {
    this.unsubscribe = library.onChange((ids) => this.options.emit('archive.changed', { ids }));
  }

  /** Starts, restarts or stops the clipper to match the settings. Off by default. */
  private async applyClipper(): Promise<void> {
    await this.clipper?.close();
    this.clipper = null;
    this.clipperError = null;
    const { enabled, port, token } = this.settings.clipper;
    if (!enabled || !token) return;
    try {
      this.clipper = await startClipper({
        port: port || DEFAULT_CLIPPER_PORT,
        token,
        onClip: async ({ url, html }) => {
          const { captureClippedPage } = await import('../capture');
          const { clipping, duplicate } = await this.current.add(await captureClippedPage(html, url));
          const outcome = { id: clipping.id, title: clipping.title, duplicate };
          this.options.emit('clipper.clipped', outcome);
          return outcome;
        },
      });
    } catch (err) {
      this.clipperError = err instanceof CuttingsError ? err.message : `The clipper could not start: ${(err as Error).message}`;
    }
  }
}
