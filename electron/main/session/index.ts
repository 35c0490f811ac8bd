/**
 * The desktop app's running state, without Electron: which archive is open, the settings,
 * and the browser clipper. main/index.ts adds dialogs and windows around it; the tests drive
 * it directly (real archive folders, real loopback HTTP).
 */
import path from 'node:path';
import { rm } from 'node:fs/promises';
import { CuttingsError } from '../../../shared/errors';
import type { RecoveryView, RestoreResult } from '../../../shared/backups';
import type { EventName, Events } from '../../../shared/ipc/contract';
import { DEFAULT_CLIPPER_PORT, type SettingsView } from '../../../shared/settings';
import { bookmarklet, newClipperToken, startClipper, type RunningClipper } from '../clipper';
import type { RecoveryService, SettingsService } from '../ipc/services';
import { restoreInWorker } from '../archive';
import { recoveryBackups, recoveryView, repairForRecovery, restoreForRecovery } from './recovery';
import { openLibrary, type Library } from '../library';
import { openLibraryEarly, type EarlyLibrary } from '../library/early';
import { defaultArchiveDir } from '../library/location';
import { loadSettings, saveSettings, type Settings, type SettingsPatch } from '../settings';
import { logoDataUrl, storeLogo } from '../settings/logo';
import { memorySecrets, type SecretStore } from '../sync/secrets';
import { TeamSync } from '../sync/team-sync';

export interface SessionOptions {
  /** The settings file (in Electron's userData folder). */
  settingsFile: string;
  /** `$CUTTINGS_ARCHIVE` wins over the saved choice (tests, and users with several archives). */
  env?: NodeJS.ProcessEnv;
  /** Where Settings → Team keeps the password (the OS keychain in the app; in memory when absent). */
  secrets?: SecretStore;
  /** @internal The daily backup on open (benchmarks turn it off). */
  dailyBackup?: 'background' | 'off';
  emit<E extends EventName>(event: E, payload: Events[E]): void;
}

export class AppSession {
  private clipper: RunningClipper | null = null;
  private clipperError: string | null = null;
  private unsubscribe: () => void = () => undefined;
  private rebuild: { done: number; total: number } | null = null;
  /** The organisation's logo as a data: URL for the Settings screen (read when it changes). */
  private logoUrl: string | null = null;

  /** While the catalogue is being read: the index's early answers (see library/early.ts). */
  private early: EarlyLibrary | null = null;
  private opening: Promise<void> = Promise.resolve();
  /** Why the archive, once its catalogue was read, could not be opened (not damage: that is recovery). */
  openError: unknown = null;
  /** Sharing with a team: syncs the open archive while the app runs (sync/team-sync.ts). */
  readonly team: TeamSync;

  private constructor(
    /** The open archive, or null while it could not be opened (then {@link recovery} says why). */
    private current: Library | null,
    private recovery: RecoveryView | null,
    private settings: Settings,
    private warning: string | null,
    private readonly options: SessionOptions,
    private readonly startDir: string,
  ) {
    this.team = new TeamSync({ secrets: options.secrets ?? memorySecrets(), emit: (view) => options.emit('team.status', view) });
    if (current) this.follow(current);
  }

  /**
   * Opens the archive chosen by the environment, the settings, or the default folder. A
   * catalogue that cannot be opened (damaged, missing, newer) starts the session in recovery:
   * the window then shows the recovery screen instead of the library.
   */
  static async start(options: SessionOptions): Promise<AppSession> {
    const { settings, warning } = await loadSettings(options.settingsFile);
    const env = options.env ?? process.env;
    const dir = env.CUTTINGS_ARCHIVE?.trim() ? defaultArchiveDir(env) : (settings.archiveDir ?? defaultArchiveDir(env));
    const opened = await openEarlyOrRecover(dir, options.dailyBackup);
    const session = new AppSession(null, opened.recovery, settings, warning, options, path.resolve(dir));
    session.logoUrl = await logoDataUrl(settings.organisation.logo);
    if (opened.early) session.takeOver(opened.early);
    return session;
  }

  /**
   * Resolves once the archive is open, in recovery, or failed to open ({@link openError});
   * never rejects. Asking starts reading the catalogue at once (see EarlyLibrary.readNow).
   */
  get opened(): Promise<void> {
    this.early?.readNow();
    return this.opening;
  }

  /** {@link opened}, without hurrying the catalogue's read: it waits for the window's first request. */
  get settled(): Promise<void> {
    return this.opening;
  }

  /** While the catalogue is read, what the index can answer at once; null when the archive is open (or not). */
  get openingEarly(): { early: EarlyLibrary; opened: Promise<void> } | null {
    return this.early ? { early: this.early, opened: this.opening } : null;
  }

  /** The window shows the index's answers until the catalogue is read; then the library takes over. */
  private takeOver(early: EarlyLibrary): void {
    this.early = early;
    this.opening = early.ready.then(
      async (library) => {
        this.early = null;
        this.current = library;
        this.follow(library);
        await this.applyClipper();
        // The first list came from the index: the window fetches it again, datelines and all.
        this.options.emit('archive.changed', { ids: [] });
        this.rebuildIndexIfNeeded();
      },
      (err: unknown) => {
        this.early = null;
        const recovery = recoveryView(early.dir, err);
        if (recovery) {
          this.recovery = recovery;
          this.options.emit('archive.switched', { archiveDir: early.dir });
        } else this.openError = err;
      },
    );
  }

  library(): Library {
    if (this.current) return this.current;
    if (this.openError) throw this.openError;
    throw new CuttingsError(
      this.recovery ? 'damaged' : 'internal',
      this.recovery?.message ?? 'The archive is still being opened.',
    );
  }

  /** The archive folder, open or being recovered. */
  get archiveDir(): string {
    return this.current?.dir ?? this.recovery?.archiveDir ?? this.startDir;
  }

  /** Why the archive could not be opened, or null while it is open. */
  get recoveryState(): RecoveryView | null {
    return this.recovery;
  }

  /** The recovery screen's service: what happened to the archive, and the ways back. */
  recoveryService(chooseFolder: () => Promise<string | null>): RecoveryService {
    const inRecovery = (): RecoveryView => {
      if (!this.recovery)
        throw new CuttingsError('usage', 'The archive is open; there is nothing to recover.');
      return this.recovery;
    };
    return {
      state: () => this.recoveryState,
      backups: () => recoveryBackups(inRecovery().archiveDir),
      restore: async (name) => {
        const dir = inRecovery().archiveDir;
        const result = await restoreForRecovery(dir, name);
        await this.reopenOrThrow(dir);
        return result;
      },
      repair: async () => {
        const dir = inRecovery().archiveDir;
        const result = await repairForRecovery(dir);
        await this.reopenOrThrow(dir);
        return result;
      },
      openOther: async () => {
        inRecovery();
        const dir = await chooseFolder();
        if (!dir) return null;
        await this.reopen(dir);
        return { archiveDir: this.archiveDir };
      },
    };
  }

  /**
   * Opens the archive in `dir` in place of the current one (closed already) or the one being
   * recovered, and tells the window to reload. When it cannot be opened, the session is in
   * recovery on it (and the window shows that). Returns whether it opened.
   */
  private async reopen(dir: string): Promise<boolean> {
    const opened = await openOrRecover(dir);
    this.current = opened.library;
    this.recovery = opened.recovery;
    if (opened.library) {
      this.follow(opened.library);
      await this.save({ archiveDir: opened.library.dir });
      await this.applyClipper();
    }
    this.options.emit('archive.switched', { archiveDir: this.archiveDir });
    if (opened.library) this.rebuildIndexIfNeeded();
    return opened.library !== null;
  }

  /** {@link reopen}, throwing the reason when the archive still cannot be opened. */
  private async reopenOrThrow(dir: string): Promise<void> {
    if (!(await this.reopen(dir)))
      throw new CuttingsError('damaged', this.recovery?.message ?? 'The archive could not be opened.');
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
    if (!library || library.readOnly || !library.indexOutOfStep()) return;
    const total = library.archive.summaries().length;
    this.rebuild = { done: 0, total };
    const report = (done: number): void => {
      if (this.current !== library) return;
      this.rebuild = done >= total ? null : { done, total };
      this.options.emit('task.progress', { task: 'index', done, total, label: '' });
    };
    report(0);
    // Every clipping read is not yet done: the new index still has to be merged and put in place.
    library
      .reindex((done) => report(Math.min(done, total - 1)))
      .then(
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
    await this.team.detach();
    const previous = this.current;
    this.unsubscribe();
    this.current = next;
    this.recovery = null;
    this.follow(next);
    await previous?.close();
    await this.save({ archiveDir: next.dir });
    this.options.emit('archive.switched', { archiveDir: next.dir });
    this.rebuildIndexIfNeeded();
  }

  /**
   * Puts backup `name` back: the archive is closed (restoring needs its lock), restored (in the
   * archive worker) and opened again, and the window told to reload it. The archive reopens
   * even when the restore fails, so the app goes on with what it had (or, should it no longer
   * open, the window shows the recovery screen).
   */
  async restoreBackup(name: string): Promise<RestoreResult> {
    const dir = this.archiveDir;
    this.unsubscribe();
    await this.team.detach();
    await this.current?.close();
    this.current = null;
    let outcome: RestoreResult | null = null;
    let failure: unknown = null;
    try {
      outcome = await restoreInWorker(dir, name, { owner: 'Cuttings' });
    } catch (err) {
      failure = err;
    }
    await this.reopenOrThrow(dir);
    if (failure !== null || !outcome) throw failure;
    return outcome;
  }

  async close(): Promise<void> {
    await this.opened; // an archive still opening is closed once open (it holds the lock)
    await this.clipper?.close();
    this.clipper = null;
    this.unsubscribe();
    await this.team.detach();
    await this.current?.close();
  }

  private view(): SettingsView {
    const { clipper } = this.settings;
    const running = this.clipper !== null;
    return {
      archiveDir: this.archiveDir,
      theme: this.settings.theme,
      paper: this.settings.paper,
      clipper: {
        enabled: clipper.enabled,
        port: this.clipper?.port ?? clipper.port,
        running,
        error: clipper.enabled && !running ? this.clipperError : null,
        bookmarklet:
          running && clipper.token ? bookmarklet(this.clipper?.port ?? clipper.port, clipper.token) : null,
      },
      organisation: { name: this.settings.organisation.name, logo: this.logoUrl },
      warning: this.warning,
    };
  }

  private async save(patch: SettingsPatch): Promise<void> {
    const defined = Object.fromEntries(
      Object.entries(patch).filter(([, v]) => v !== undefined),
    ) as SettingsPatch;
    this.settings = await saveSettings(this.options.settingsFile, this.settings, defined);
  }

  private follow(library: Library): void {
    this.unsubscribe = library.onChange((ids) => this.options.emit('archive.changed', { ids }));
    void this.team.attach(library);
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
          const { clipping, duplicate } = await this.library().add(await captureClippedPage(html, url));
          const outcome = { id: clipping.id, title: clipping.title, duplicate };
          this.options.emit('clipper.clipped', outcome);
          return outcome;
        },
      });
    } catch (err) {
      this.clipperError =
        err instanceof CuttingsError ? err.message : `The clipper could not start: ${(err as Error).message}`;
    }
  }
}

/** Starts opening the library in `dir` early (see library/early.ts), or says why it cannot be opened. */
async function openEarlyOrRecover(
  dir: string,
  dailyBackup: SessionOptions['dailyBackup'],
): Promise<{ early: EarlyLibrary | null; recovery: RecoveryView | null }> {
  try {
    return {
      early: await openLibraryEarly(dir, { owner: 'Cuttings', rebuild: 'later', dailyBackup }),
      recovery: null,
    };
  } catch (err) {
    const recovery = recoveryView(path.resolve(dir), err);
    if (!recovery) throw err;
    return { early: null, recovery };
  }
}

/** Opens the library in `dir`, or says why it cannot be opened when its catalogue is damaged. */
async function openOrRecover(
  dir: string,
): Promise<{ library: Library | null; recovery: RecoveryView | null }> {
  try {
    return { library: await openLibrary(dir, { owner: 'Cuttings', rebuild: 'later' }), recovery: null };
  } catch (err) {
    const recovery = recoveryView(path.resolve(dir), err);
    if (!recovery) throw err;
    return { library: null, recovery };
  }
}
