/**
 * Sharing while the app is open (Settings → Team): one sync loop per open archive. It syncs
 * when the archive opens, a second after a change here (changes made within that second go
 * together), a moment after a teammate's change reaches the server, and every minute; one sync at a time. An
 * unreachable server is normal (a laptop on a train): the status says so and it tries again,
 * waiting longer each time up to five minutes. A refused password or a missing database
 * stops the loop until the user changes the settings or presses Sync now. Closing the archive
 * cancels a sync between two batches; what it had done is kept (see engine.ts).
 */
import { CuttingsError } from '../../../shared/errors';
import type { TeamSetup, TeamState, TeamView } from '../../../shared/team';
import type { Library } from '../library';
import { clippingDocId } from './docs';
import { lastSyncOf, pendingCount, syncArchive, type SyncProgress, type SyncReport } from './engine';
import { openRemote, parseRemote, watchRemote } from './remote';
import type { SecretStore } from './secrets';
import { defaultDevice, loadTeam, removeTeam, saveTeam, secretKey, type TeamConfig } from './team-config';

export interface TeamSyncOptions {
  secrets: SecretStore;
  /** Told whenever the status changes (the app pushes it to the window). */
  emit(view: TeamView): void;
  device?: string;
  /** Milliseconds: after a change here; between syncs; the first retry (doubling up to `maxRetry`). */
  timing?: Partial<typeof TIMING>;
}

const TIMING = { afterChange: 500, every: 60_000, retry: 5_000, maxRetry: 300_000, afterTeamChange: 250 };

/** The status channel's service (`team.*` in the IPC contract). */
export interface TeamService {
  view(): TeamView;
  setup(input: TeamSetup): Promise<TeamView>;
  syncNow(): Promise<TeamView>;
  stop(): Promise<TeamView>;
}

export class TeamSync implements TeamService {
  private library: Library | null = null;
  private config: TeamConfig | null = null;
  private password: string | null = null;
  private state: TeamState = 'off';
  private message = 'This archive is not shared.';
  private lastSync: string | null = null;
  private pending = 0;
  private progress: SyncProgress | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private due = Infinity;
  private running: Promise<void> | null = null;
  private again = false;
  private abort: AbortController | null = null;
  private failures = 0;
  private unsubscribe: () => void = () => undefined;
  /** When each clipping was changed here since the last sync: sent as the edit's time. */
  private readonly editTimes = new Map<string, string>();
  private readonly timing: typeof TIMING;
  /** Stops the server's live changes feed (a teammate's change syncs within a second). */
  private unwatch: (() => void) | null = null;

  constructor(private readonly options: TeamSyncOptions) {
    this.timing = { ...TIMING, ...options.timing };
  }

  /** Follows `library` (the archive just opened): reads its team settings and starts syncing if shared. */
  async attach(library: Library): Promise<void> {
    await this.detach();
    this.library = library;
    this.unsubscribe = library.onChange((ids) => this.changed(ids));
    this.editTimes.clear();
    await this.load().catch((err: unknown) => this.set('error', (err as Error).message));
  }

  /** Stops following the archive (before it closes): a sync under way stops between two batches. */
  async detach(): Promise<void> {
    this.unsubscribe();
    this.unsubscribe = () => undefined;
    this.unwatch?.();
    this.unwatch = null;
    this.library = null;
    this.clearTimer();
    this.abort?.abort();
    await this.running?.catch(() => undefined);
  }

  view(): TeamView {
    return {
      state: this.state,
      address: this.config?.address ?? null,
      user: this.config?.user ?? null,
      device: this.config?.device ?? this.options.device ?? defaultDevice(),
      message: this.message,
      lastSync: this.lastSync,
      pending: this.pending,
      progress: this.progress,
    };
  }

  /**
   * Shares the archive with a database: the address and credentials are checked with the
   * server first (a typo, a wrong password or a missing database is said and nothing is
   * saved), then the password goes to the keychain, the settings to the archive, and the
   * first sync starts.
   */
  async setup(input: TeamSetup): Promise<TeamView> {
    const library = this.requireLibrary();
    const spec = parseRemote(joinAddress(input.server, input.database), input.user, input.password);
    const db = await openRemote(spec);
    await db.close().catch(() => undefined);
    const device = input.device || this.options.device || defaultDevice();
    const previous = this.config;
    await this.options.secrets.set(secretKey({ address: spec.url, user: input.user }), input.password);
    await saveTeam(library.dir, { address: spec.url, user: input.user, device });
    if (previous && secretKey(previous) !== secretKey({ address: spec.url, user: input.user }))
      await this.options.secrets.delete(secretKey(previous)).catch(() => undefined);
    this.failures = 0;
    await this.attach(library);
    return this.view();
  }

  /** Syncs now (after the one under way, if any) and answers with the status it ended in. */
  async syncNow(): Promise<TeamView> {
    this.requireLibrary();
    if (!this.config) throw new CuttingsError('usage', 'This archive is not shared: set up a team server first.');
    this.failures = 0;
    if (this.running) {
      this.again = true;
      await this.running.catch(() => undefined);
    }
    await this.run();
    return this.view();
  }

  /** Stops sharing: the archive keeps everything; the team settings and the password are forgotten. */
  async stop(): Promise<TeamView> {
    const library = this.requireLibrary();
    const config = this.config;
    await this.detach();
    if (config) {
      await removeTeam(library.dir);
      await this.options.secrets.delete(secretKey(config));
    }
    await this.attach(library);
    return this.view();
  }

  private requireLibrary(): Library {
    if (!this.library) throw new CuttingsError('internal', 'The archive is still being opened.');
    return this.library;
  }

  private async load(): Promise<void> {
    const library = this.requireLibrary();
    this.config = await loadTeam(library.dir);
    this.password = null;
    this.lastSync = null;
    this.progress = null;
    if (!this.config) return this.set('off', 'This archive is not shared.');
    const last = await lastSyncOf(library, this.config.address);
    this.lastSync = last?.ok ? last.at : null;
    this.pending = await pendingCount(library, this.config.address);
    this.password = await this.options.secrets.get(secretKey(this.config));
    if (this.password === null) {
      return this.set('error', `The password of ${this.config.user} is not in this computer’s keychain: enter it again to go on sharing.`);
    }
    this.set('waiting', 'Syncing shortly…');
    this.schedule(0);
  }

  /** A change to the archive: counted, and sent a moment later. Changes a sync itself brings are not. */
  private changed(ids: readonly string[]): void {
    if (!this.config || !this.password || this.running) return;
    const now = new Date().toISOString();
    for (const id of ids) this.editTimes.set(clippingDocId(id), now);
    this.pending++;
    this.schedule(this.timing.afterChange);
    this.publish();
  }

  private schedule(ms: number): void {
    const at = Date.now() + ms;
    if (this.timer && this.due <= at) return;
    this.clearTimer();
    this.due = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.due = Infinity;
      void this.run();
    }, ms);
    this.timer.unref?.();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.due = Infinity;
  }

  private run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runOnce().finally(() => {
      this.running = null;
      if (this.again && this.library) {
        this.again = false;
        this.schedule(0);
      }
    });
    return this.running;
  }

  private async runOnce(): Promise<void> {
    const { library, config, password } = this;
    if (!library || !config || password === null) return;
    this.clearTimer();
    this.abort = new AbortController();
    this.set('syncing', 'Syncing…');
    let next: number | null = this.timing.every;
    const started = new Date().toISOString();
    try {
      const report = await syncArchive(library, parseRemote(config.address, config.user, password), {
        device: config.device,
        editTimes: this.editTimes,
        signal: this.abort.signal,
        onProgress: (p) => {
          this.progress = p;
          this.publish();
        },
      });
      if (this.library !== library) return;
      this.failures = 0;
      this.lastSync = new Date().toISOString();
      for (const [id, at] of this.editTimes) if (at <= started) this.editTimes.delete(id);
      this.watch(config, password);
      this.set('synced', describe(report));
    } catch (err) {
      if (this.library !== library) return; // closed or switched meanwhile: nothing to say
      next = this.failed(err);
    } finally {
      this.abort = null;
      this.progress = null;
    }
    this.pending = await pendingCount(library, config.address).catch(() => this.pending);
    if (next !== null) this.schedule(this.pending > 0 ? Math.min(next, this.timing.afterChange) : next);
    this.publish();
  }

  /**
   * Follows the server's live changes feed once a sync has worked: a teammate's change brings a
   * sync a quarter of a second later instead of at the next minute. (This desk's own writes come back
   * through it too: the sync they bring finds nothing to do.)
   */
  private watch(config: TeamConfig, password: string): void {
    if (this.unwatch) return;
    const stop = watchRemote(
      parseRemote(config.address, config.user, password),
      () => {
        if (this.library && this.config === config) this.schedule(this.timing.afterTeamChange);
      },
      () => {
        if (this.unwatch === stop) this.unwatch = null; // watched again after the next sync that works
      },
    );
    this.unwatch = stop;
  }

  /** Says what went wrong; returns when to try again (null: not until the user acts). */
  private failed(err: unknown): number | null {
    const code = err instanceof CuttingsError ? err.code : 'internal';
    const text = err instanceof Error ? err.message : String(err);
    if (code === 'unauthorized' || code === 'not-found' || code === 'usage') {
      this.set('error', `${text} Sharing is paused until you change the team settings or press Sync now.`);
      return null;
    }
    this.failures++;
    const wait = Math.min(this.timing.retry * 2 ** (this.failures - 1), this.timing.maxRetry);
    const when = wait < 60_000 ? plural(Math.max(1, Math.round(wait / 1000)), 'second') : plural(Math.round(wait / 60_000), 'minute');
    this.set(code === 'unreachable' ? 'offline' : 'error', `${text} Trying again in ${when}.`);
    return wait;
  }

  private set(state: TeamState, message: string): void {
    this.state = state;
    this.message = message;
    this.publish();
  }

  private publish(): void {
    this.options.emit(this.view());
  }
}

/** `https://host` + `press` → `https://host/press`; an address that already ends in the database is kept. */
export function joinAddress(server: string, database: string): string {
  const base = server.trim().replace(/\/+$/, '');
  return base.endsWith(`/${database}`) ? base : `${base}/${encodeURIComponent(database)}`;
}

function describe(report: SyncReport): string {
  const parts = [`received ${plural(report.received, 'change')}`];
  if (report.newClippings > 0) parts[0] += ` (${plural(report.newClippings, 'new clipping')})`;
  parts.push(`sent ${report.sent}`);
  let text = `Up to date: ${parts.join(', ')}.`;
  if (report.replaced.length > 0) text += ` ${plural(report.replaced.length, 'value')} both desks changed went to the later edit; the other is kept (Details shows it).`;
  if (report.skipped.length > 0) text += ` ${plural(report.skipped.length, 'document')} from the server could not be used: ${report.skipped[0]}`;
  return text;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
