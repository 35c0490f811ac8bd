import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppSession } from '../../../electron/main/session';
import type { EventName, Events } from '../../../shared/ipc/contract';

const page = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages/guardian-1/source.html'), 'utf8');

let dir: string;
let session: AppSession | null = null;
const events: Array<[EventName, unknown]> = [];
const emit = <E extends EventName>(event: E, payload: Events[E]): void => void events.push([event, payload]);

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-session-'));
  events.length = 0;
});
afterEach(async () => {
  await session?.close();
  session = null;
  await rm(dir, { recursive: true, force: true });
});

/** A POST on a fresh connection (fetch would reuse a keep-alive socket across a clipper restart). */
function post(port: number, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/clip', method: 'POST', headers, agent: false }, (res) => {
      let data = '';
      res.setEncoding('utf8').on('data', (d: string) => (data += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Starts a session; `env` defaults to an archive inside the test's folder (never the user's own). */
const start = async (env: NodeJS.ProcessEnv = { CUTTINGS_ARCHIVE: path.join(dir, 'archive') }): Promise<AppSession> => {
  const s = await AppSession.start({ settingsFile: path.join(dir, 'user', 'settings.json'), env, emit });
  session = s;
  await s.opened; // the catalogue is read after start returns (the window opens meanwhile)
  return s;
};

describe('the app session', () => {
  it('opens the archive saved in the settings and forwards changes as events', async () => {
    const archiveDir = path.join(dir, 'chosen');
    const { saveSettings, defaultSettings } = await import('../../../electron/main/settings');
    await saveSettings(path.join(dir, 'user', 'settings.json'), defaultSettings(), { archiveDir });
    const s = await start({});
    expect(s.library().dir).toBe(archiveDir);
    const { clipping } = await s.library().importText('A headline\n\nSome article text that is long enough to be an article body.');
    expect(events).toContainEqual(['archive.changed', { ids: [clipping.id] }]);
  });

  it('rebuilds a lost search index in the background, with progress, and then finds everything', async () => {
    const archiveDir = path.join(dir, 'archive');
    const { openLibrary } = await import('../../../electron/main/library');
    const seeded = await openLibrary(archiveDir);
    for (let i = 0; i < 1200; i++) {
      await seeded.importText(`Harbour story number ${i}\n\nThe council discussed ferry timetable ${i} and the zeppelinfield on Monday, officials said.`);
    }
    await seeded.close();
    await rm(path.join(archiveDir, 'index'), { recursive: true, force: true });

    const s = await start();
    // The session is open before the index is whole: the rebuild runs after start returns.
    expect(s.indexing).toEqual({ done: 0, total: 1200 });
    await expect.poll(() => s.indexing, { timeout: 30_000 }).toBeNull();
    const progress = events.filter(([e, p]) => e === 'task.progress' && (p as { task: string }).task === 'index').map(([, p]) => p as { done: number; total: number });
    expect(progress[0]).toMatchObject({ done: 0, total: 1200 });
    expect(progress.at(-1)).toMatchObject({ done: 1200, total: 1200 });
    expect(progress.length).toBeGreaterThan(2);
    // "Done" only once the new index is in place, and then the window searches again.
    expect(progress.filter((p) => p.done >= p.total)).toHaveLength(1);
    const doneAt = events.findIndex(([e, p]) => e === 'task.progress' && (p as { done: number }).done === 1200);
    expect(events.slice(doneAt)).toContainEqual(['archive.changed', { ids: [] }]);
    expect(s.library().search('zeppelinfield').total).toBe(1200);
    expect(s.library().indexOutOfStep()).toBe(false);
  }, 120_000);

  it('refuses to restore a backup that is not there, and goes on with the archive it had', async () => {
    const s = await start();
    const { clipping } = await s.library().importText('A headline\n\nSome article text that is long enough to be an article body, with a zeppelin.');
    await expect(s.restoreBackup('2026-01-01T00-00-00-000Z-manual.json.gz')).rejects.toThrow(/cannot be restored: it does not exist/);
    expect(s.library().search('zeppelin').hits.map((h) => h.id)).toEqual([clipping.id]);
    await s.library().tag([clipping.id], ['still-writable'], []);
    expect((await s.library().get(clipping.id)).tags).toEqual(['still-writable']);
  });

  it('switches archives, keeps the choice, and stops following the old one', async () => {
    const s = await start();
    const first = s.library();
    const target = path.join(dir, 'second');
    await s.settingsService(async () => target).chooseArchive();
    expect(s.library().dir).toBe(target);
    expect(events).toContainEqual(['archive.switched', { archiveDir: target }]);
    const saved = JSON.parse(await readFile(path.join(dir, 'user', 'settings.json'), 'utf8'));
    expect(saved.archiveDir).toBe(target);
    await expect(first.importText('Old archive\n\nThis library was closed when the user switched.')).rejects.toThrow();
  });

  it('keeps the old archive when the new one cannot be opened', async () => {
    const s = await start();
    const before = s.library().dir;
    const file = path.join(dir, 'not-a-folder');
    await writeFile(file, 'x');
    await expect(s.switchArchive(file)).rejects.toThrow();
    expect(s.library().dir).toBe(before);
    expect((await s.library().importText('Still here\n\nThe first archive keeps working after a failed switch.')).duplicate).toBe(false);
  });

  it('runs the browser clipper only when switched on, and stores what it receives', async () => {
    const s = await start();
    const settings = s.settingsService(async () => null);
    expect(settings.view().clipper).toMatchObject({ enabled: false, running: false, bookmarklet: null });

    const port = 20000 + Math.floor(Math.random() * 20000);
    const on = await settings.update({ clipperEnabled: true, clipperPort: port });
    expect(on.clipper).toMatchObject({ enabled: true, running: true, port });
    expect(on.clipper.bookmarklet).toMatch(/^javascript:/);
    const token = JSON.parse(await readFile(path.join(dir, 'user', 'settings.json'), 'utf8')).clipper.token as string;

    const headers = { 'content-type': 'application/json', 'x-cuttings-clip': '1', 'x-cuttings-token': token };
    const response = await post(port, headers, JSON.stringify({ url: 'https://www.theguardian.com/example', title: 'Guardian', html: page }));
    expect(response.status).toBe(201);
    const body = JSON.parse(response.body) as { id: string; duplicate: boolean };
    expect(body.duplicate).toBe(false);
    expect((await s.library().get(body.id)).url).toBeTruthy();
    expect(events.some(([e, p]) => e === 'clipper.clipped' && (p as { id: string }).id === body.id)).toBe(true);

    const regenerated = await settings.update({ regenerateClipperToken: true });
    expect(regenerated.clipper.bookmarklet).not.toBe(on.clipper.bookmarklet);
    expect((await post(port, headers, '{}')).status).toBe(401);

    await settings.update({ clipperEnabled: false });
    await expect(post(port, headers, '{}')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('reports a clipper port already in use instead of failing', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
    );
    try {
      const s = await start();
      const view = await s.settingsService(async () => null).update({ clipperEnabled: true, clipperPort: port });
      expect(view.clipper.running).toBe(false);
      expect(view.clipper.error).toMatch(/in use/i);
    } finally {
      blocker.close();
    }
  });
});
