/**
 * Runs the built renderer in Debian's Chromium with `window.cuttings` bound to the REAL
 * main-process dispatcher over a temporary archive folder: real lowdb catalogue, real
 * files, real search index. Only Electron itself is absent — the page gets the API the
 * same way the preload builds it (`createApi` from `shared/ipc/api.ts`).
 *
 * - {@link chromiumSkipReason}: why the UI tests cannot run here (they fail under CI instead).
 * - {@link ensureRendererBuilt}: rebuilds `out/renderer` when a source is newer.
 * - {@link launchChromium} / {@link openApp}: a browser, then one app window per archive.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import lockfile from 'proper-lockfile';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import type { CuttingsApi } from '../../shared/ipc/api';
import type { EventName, Events } from '../../shared/ipc/contract';
import type { CapturedArticle } from '../../electron/main/capture/types';
import { createDispatcher } from '../../electron/main/ipc/dispatch';
import { openLibrary, type Library } from '../../electron/main/library';
import { AppSession as MainSession } from '../../electron/main/session';
import { archiveRequestFile } from '../../electron/main/windows/archive-request';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/windows/policy';
import { CHROMIUM, chromiumLaunch } from './chromium';

export { CHROMIUM } from './chromium';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** A made-up origin: module scripts do not load from file://. */
export const ORIGIN = 'http://cuttings.test';
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');
const OUT = path.join(ROOT, 'out/renderer');

const underCi = (): boolean => !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

/**
 * Undefined when Chromium is there. Otherwise the reason to skip — or, under CI, a thrown
 * error: a CI machine without the browser must fail loudly, not pass by skipping.
 */
export function chromiumSkipReason(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const reason = `Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium, or set CUTTINGS_CHROMIUM)`;
  if (underCi()) throw new Error(`UI tests cannot run: ${reason}.`);
  console.warn(`[ui tests skipped] ${reason}`);
  return reason;
}

export async function launchChromium(): Promise<Browser> {
  // The page's bridge (the app's preload, which Electron has built) is bundled meanwhile, not
  // while the first window opens.
  const [browser] = await Promise.all([chromium.launch(chromiumLaunch()), bridge()]);
  return browser;
}

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function rendererIsFresh(): boolean {
  const built = path.join(OUT, 'index.html');
  if (!existsSync(built)) return false;
  const sources = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'].map((p) =>
    path.join(ROOT, p),
  );
  return statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime));
}

/** Builds the renderer (only) when `out/renderer/index.html` is missing or older than its sources. */
export async function ensureRendererBuilt(): Promise<void> {
  if (rendererIsFresh()) return;
  mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  // Another test project may be building at the same moment; build once, in turn.
  const release = await lockfile.lock(path.join(ROOT, 'out'), {
    lockfilePath: path.join(ROOT, 'out/.renderer-build.lock'),
    retries: { retries: 120, minTimeout: 500, maxTimeout: 1000 },
    stale: 120_000,
  });
  try {
    if (rendererIsFresh()) return;
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    execFileSync(process.execPath, [tsx, path.join(ROOT, 'tests/renderer/build-renderer.ts')], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: 110_000,
    });
  } finally {
    await release();
  }
}

let bridgeSource: Promise<string> | undefined;
/** `tests/renderer/page/bridge.ts` (with `shared/ipc/api.ts`) bundled for the page. */
function bridge(): Promise<string> {
  bridgeSource ??= build({
    entryPoints: [path.join(ROOT, 'tests/renderer/page/bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome130',
    write: false,
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return bridgeSource;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface OpenAppOptions {
  /** Archive folder; a new temporary one when omitted. */
  dir?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Loads axe-core into the page for accessibility checks. */
  axe?: boolean;
  /**
   * Runs the app's real session (settings file in a temporary folder, the browser clipper on
   * loopback when switched on) instead of in-memory settings.
   */
  session?: boolean;
  /**
   * Files the page may drop as if from the desktop: a File with one of these names has this
   * path on disk (what the preload's `pathForFile` gives in Electron).
   */
  filePaths?: Record<string, string>;
  /** With `session`: the folder "Open another archive…" picks (as if chosen in the dialog). */
  chooseFolder?: string;
  /** With `session`: the daily backup on open (the benchmark turns it off). */
  dailyBackup?: 'background' | 'off';
  /** The page searches for this as soon as it has painted the first list ({@link AppSession.openedIn}'s `searched`). */
  searchOnPaint?: string;
  /**
   * With `session`: return as soon as the first list is painted instead of once the archive is
   * fully open (`openedIn.complete` is then NaN; {@link AppSession.fullyOpen} says when).
   */
  whileOpening?: boolean;
}

export interface AppSession {
  page: Page;
  context: BrowserContext;
  library: Library;
  dir: string;
  /**
   * Milliseconds from the start of {@link openApp} to the first list (or recovery screen)
   * painted (by the page's clock), to this process hearing of it, to the archive fully open,
   * and (with `searchOnPaint`) to that search's answer (by the page's clock: sent and answered
   * in the page, so this process's own lag in hearing of the paint is not counted).
   */
  openedIn: { painted: number; noticed: number; complete: number; searched?: number };
  /** Resolves with the milliseconds from the start of {@link openApp} to the archive fully open (catalogue read). */
  fullyOpen: Promise<number>;
  /** Every call the page made, in order. */
  calls: Array<{ channel: string; args: unknown }>;
  /** Uncaught page errors and console errors (CSP violations land here). */
  errors: string[];
  /** Pushes an event to the page, as main does (`menu.command`, `task.progress`…). */
  emit<E extends EventName>(event: E, payload: Events[E]): Promise<void>;
  /** Closes the window and the library; keeps the folder. */
  close(): Promise<void>;
  /** Also deletes the archive folder. */
  dispose(): Promise<void>;
}

/** Opens the app on an archive folder, as the Electron main process would. */
export async function openApp(browser: Browser, options: OpenAppOptions = {}): Promise<AppSession> {
  const started = performance.now();
  const dir = options.dir ?? (await mkdtemp(path.join(tmpdir(), 'cuttings-ui-')));
  // Events the handlers send (task progress, …) reach the page once it exists.
  let toPage: Page | null = null;
  const emit = async <E extends EventName>(event: E, payload: Events[E]): Promise<void> => {
    await toPage
      ?.evaluate(
        ([e, p]) =>
          (window as unknown as { __cuttingsEmit(e: string, p: unknown): void }).__cuttingsEmit(e, p),
        [event, payload] as const,
      )
      .catch(() => undefined);
  };
  // With a session, the page loads while the session starts and the catalogue is read (the
  // app's own order); requests wait for the session, then the index answers until the catalogue is in.
  const starting = options.session
    ? MainSession.start({
        settingsFile: path.join(await mkdtemp(path.join(tmpdir(), 'cuttings-ui-settings-')), 'settings.json'),
        env: { CUTTINGS_ARCHIVE: dir },
        dailyBackup: options.dailyBackup,
        emit: (event, payload) => void emit(event, payload),
      })
    : null;
  starting?.catch(() => undefined); // awaited below
  // No daily backup: it would land in the folder in the middle of a test (5 s after open).
  const library = starting ? null : await openLibrary(dir, { owner: 'Cuttings', dailyBackup: 'off' });
  const makeDispatch = (session: MainSession | null): ReturnType<typeof createDispatcher> =>
    createDispatcher(library, {
      version: 'test',
      emit: (event, payload) => void emit(event, payload),
      ...(session
        ? {
            library: () => session.library(),
            settings: session.settingsService(async () => null),
            backups: { restore: (name: string) => session.restoreBackup(name) },
            recovery: session.recoveryService(async () => options.chooseFolder ?? null),
            opening: () => session.openingEarly,
            indexing: () => session.indexing,
            team: session.team,
          }
        : {}),
    });
  const dispatching = (async () => {
    const session = await starting;
    return { session, dispatch: makeDispatch(session) };
  })();
  dispatching.catch(() => undefined); // awaited below
  const calls: AppSession['calls'] = [];
  const errors: string[] = [];

  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1360, height: 860 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-GB',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // Pictures come from the archive by main's own rule, as the app's protocol handler serves them.
    if (url.protocol === 'cuttings-archive:') {
      const current = (await dispatching).session?.library() ?? (library as Library);
      return serveArchiveFile(route, current.archive);
    }
    // The app must never reach the network; anything but our origin is refused.
    if (url.origin !== ORIGIN) return route.abort('blockedbyclient');
    const file = path.join(OUT, path.normalize(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file.startsWith(OUT + path.sep) || !existsSync(file))
      return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      status: 200,
      body: await readFile(file),
      headers: {
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      },
    });
  });
  // The answer crosses as one JSON string, parsed in the page (page/bridge.ts), as Electron's
  // IPC carries it in one structured clone. Playwright's own serialisation walks an object
  // value by value on both sides: a page of 50 search hits (26 KB) took 12-15 ms more than a
  // tiny answer under load, which the UI bench counted as the app's (now 2-4 ms more).
  await context.exposeBinding('__cuttingsInvoke', async (_source, channel: string, args: unknown): Promise<string> => {
    calls.push({ channel, args });
    return JSON.stringify(await (await dispatching).dispatch(channel, args));
  });
  if (options.filePaths) {
    await context.addInitScript({
      content: `window.__cuttingsFilePaths = ${JSON.stringify(options.filePaths)};`,
    });
  }
  await context.addInitScript({ content: await bridge() });
  if (options.axe) {
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    await context.addInitScript({ content: readFileSync(axePath, 'utf8') });
  }

  const page = await context.newPage();
  toPage = page;
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  // As main does: every change to the archive is pushed to the window.
  const unsubscribe =
    library?.onChange((ids) => void emit('archive.changed', { ids })) ?? ((): void => undefined);

  await page.goto(`${ORIGIN}/index.html`);
  const { session } = await dispatching;
  const painted = (await waitForApp(page, { orRecovery: !!session, searchOnPaint: options.searchOnPaint })) - (performance.timeOrigin + started);
  const noticed = performance.now() - started;
  const searched = options.searchOnPaint === undefined ? undefined : (await answeredAt(page)) - (performance.timeOrigin + started);
  // Tests go on with the archive open (the first list may have come from the index alone).
  const fullyOpen = Promise.resolve(session?.opened).then(() => performance.now() - started);
  const complete = options.whileOpening ? Number.NaN : await fullyOpen;

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    unsubscribe();
    await context.close();
    if (session) await session.close();
    else await library?.close();
  };
  return {
    page,
    context,
    openedIn: { painted, noticed, complete, searched },
    fullyOpen,
    // The session's library changes when a backup is restored (or the archive recovered).
    get library(): Library {
      return session ? session.library() : (library as Library);
    },
    dir,
    calls,
    errors,
    emit,
    close,
    dispose: async () => {
      await close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Answers a `cuttings-archive:` request with the file main would serve, or 404. */
async function serveArchiveFile(route: Route, archive: Library['archive']): Promise<void> {
  const file = archiveRequestFile(route.request().url(), archive);
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) return route.fulfill({ status: 404, body: 'Not found' });
  return route.fulfill({
    status: 200,
    body,
    headers: { 'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream' },
  });
}

/**
 * The app has rendered its first list (the readiness signal: the list heading leaves
 * "Loading…"), or the welcome of an empty archive; with `orRecovery`, or the recovery screen.
 * Resolves once the frame showing it is painted, with the wall-clock time (ms since the epoch)
 * the page painted it: the page's own clock, as the test process may only hear of it later.
 */
export async function waitForApp(page: Page, { orRecovery = false, searchOnPaint = undefined as string | undefined } = {}): Promise<number> {
  const call = Math.random();
  const painted = await page.waitForFunction(([recovery, token, q]) => {
    const w = window as unknown as { __cuttingsShown?: PaintMark; cuttings: CuttingsApi };
    if (w.__cuttingsShown?.token !== token) {
      const heading = document.getElementById('list-heading');
      const shown =
        (recovery && !!document.getElementById('recovery-title')) ||
        (!!heading && heading.textContent !== 'Loading…') ||
        !!document.getElementById('welcome-title');
      if (!shown) return false;
      // Painted: the frame after the one that showed it, then a task after that frame.
      const mark: PaintMark = { token };
      w.__cuttingsShown = mark;
      requestAnimationFrame(() =>
        setTimeout(() => {
          mark.at = performance.timeOrigin + performance.now();
          // With searchOnPaint: a search sent right then, as a user typing at once would.
          // (No named functions in here: tsx would wrap them in a helper the page lacks.)
          if (q !== undefined)
            w.cuttings.search.query({ q, limit: 50 }).then(
              () => (mark.searched = performance.timeOrigin + performance.now()),
              (err: unknown) => (mark.failed = String(err)),
            );
        }, 0),
      );
    }
    return w.__cuttingsShown.at ?? false;
  }, [orRecovery, call, searchOnPaint] as const);
  // The page may be reloading already (a test switched archives): then this process's clock.
  return ((await painted.jsonValue().catch(() => null)) as number | null) ?? performance.timeOrigin + performance.now();
}

/** What {@link waitForApp} notes in the page: when the first list was painted, and its search answered. */
interface PaintMark {
  token: number;
  at?: number;
  searched?: number;
  failed?: string;
}

/** When the search {@link waitForApp} sent at paint was answered, by the page's clock (epoch ms). */
async function answeredAt(page: Page): Promise<number> {
  const answered = await page.waitForFunction(() => {
    const mark = (window as unknown as { __cuttingsShown?: PaintMark }).__cuttingsShown;
    return mark?.searched ?? (mark?.failed !== undefined ? -1 : false);
  });
  const at = (await answered.jsonValue()) as number;
  if (at < 0) throw new Error('The search sent at paint failed.');
  return at;
}

/** Reads a paste fixture from `tests/fixtures/paste`. */
export function fixture(name: string): string {
  return readFileSync(path.join(ROOT, 'tests/fixtures/paste', name), 'utf8');
}

/** Saves a full-window screenshot under `tests/artifacts/` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  });
}

/** Adds an article through the Add clipping dialog, as a person would. */
export async function pasteClipping(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Add clipping' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add clipping' });
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByRole('button', { name: 'Add to archive' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Every file in a folder with its size and modification time, to prove nothing was written. */
export function folderState(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const st = statSync(full);
        out.push(`${path.relative(dir, full)} ${st.size} ${st.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

const WORDS =
  'talks energy grid ceasefire ministry delegation summit sanctions budget inflation border court vote harbour'.split(
    ' ',
  );

/**
 * An article as capture would hand it over, made up from `i` alone, for filling an
 * archive with many clippings quickly (`library.add` skips only the text analysis).
 */
export function syntheticArticle(i: number): CapturedArticle {
  const word = (k: number): string => WORDS[(i * 7 + k * 3) % WORDS.length] as string;
  const text = Array.from(
    { length: 4 },
    (_, p) =>
      `Paragraph ${p + 1} of clipping ${i}: the ${word(p)} report mentions ${word(p + 1)} and ${word(p + 2)}.`,
  ).join('\n\n');
  const day = String((i % 28) + 1).padStart(2, '0');
  return {
    title: `Clipping ${String(i).padStart(5, '0')}: ${word(0)} and ${word(1)}`,
    titleDerived: false,
    source: ['Reuters', 'AFP', 'The Sun News', 'dpa'][i % 4] as string,
    author: null,
    dateline: ['MOSCOW', 'KYIV', 'GENEVA', 'BERLIN'][i % 4] as string,
    publishedAt: `2025-0${(i % 9) + 1}-${day}`,
    lang: 'en',
    caption: null,
    credit: null,
    url: `https://news.example/${i}`,
    text,
    entities: { people: [], places: [], organisations: [] },
    quotes: [],
    provenance: {},
    html: null,
    images: [],
    original: { file: 'original.txt', data: new TextEncoder().encode(text) },
  };
}
