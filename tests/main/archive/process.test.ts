/**
 * Other processes and a hostile disk: a second writer, a file-size limit (EFBIG, as a full
 * disk would refuse), and a folder that turns read-only under a running writer.
 */
import { chmod, chown, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArchive, openArchive } from '../../../electron/main/archive';
import { startWriter, writerBundle, type Child } from './child';
import { makeArticle, tempDir } from './helpers';

let base: string;
let cleanup: () => Promise<void>;
let n = 0;
const children: Child[] = [];

beforeAll(async () => {
  ({ dir: base, cleanup } = await tempDir('cuttings-process-'));
  await chmod(base, 0o755);
  await writerBundle();
}, 60_000);
afterAll(async () => {
  for (const c of children) c.proc.kill('SIGKILL');
  await cleanup();
});

async function start(args: string[], options?: Parameters<typeof startWriter>[1]): Promise<Child> {
  const child = await startWriter(args, options);
  children.push(child);
  return child;
}

async function ready(child: Child): Promise<number> {
  const line = await child.waitFor((l) => l.startsWith('{"ready"') || l.startsWith('{"error"'));
  const parsed = JSON.parse(line) as { ready?: number; error?: unknown };
  if (parsed.ready === undefined) throw new Error(`writer could not open: ${line}`);
  return parsed.ready;
}

/** An archive with `count` clippings (tagged `seed`), each with `notes` of `noteBytes`. */
async function seeded(count: number, noteBytes = 0): Promise<{ dir: string; ids: string[] }> {
  const dir = path.join(base, `archive-${++n}`);
  const a = await openArchive(dir, { dailyBackup: 'off' });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await a.add(makeArticle(), ['seed'])).clipping.id);
  if (noteBytes > 0) for (const id of ids) await a.update(id, { notes: 'n'.repeat(noteBytes) });
  await a.close();
  return { dir, ids };
}

async function diskState(dir: string): Promise<string> {
  const manifest = await readFile(path.join(dir, 'catalogue.json'), 'utf8');
  const shards = (JSON.parse(manifest) as { shards: Array<{ file: string }> }).shards;
  return [manifest, ...(await Promise.all(shards.map((s) => readFile(path.join(dir, s.file), 'utf8'))))].join(
    '\n',
  );
}

describe('one writer at a time', () => {
  it('refuses a second writer with a message naming the holder, and loses no update', async () => {
    const { dir, ids } = await seeded(2);
    const holder = await start([dir]);
    const pid = await ready(holder);
    expect(await holder.send({ op: 'tag', ids: [ids[0]], add: ['from-child'] })).toEqual({ ok: 1 });

    const err = await openArchive(dir, { dailyBackup: 'off' }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'locked',
      message: `The archive is open in Cuttings (pid ${pid}). Close it or use read-only commands.`,
    });
    // A second child is refused the same way.
    const second = await start([dir]);
    const refusal = JSON.parse(await second.waitFor((l) => l.startsWith('{"error"'))) as {
      error: { code: string; message: string };
    };
    expect(refusal.error).toEqual({
      code: 'locked',
      message: `The archive is open in Cuttings (pid ${pid}). Close it or use read-only commands.`,
    });

    // Read-only still works and sees the holder's acknowledged change.
    const reader = await openArchive(dir, { readOnly: true });
    expect(reader.summary(ids[0] as string)?.tags).toEqual(['seed', 'from-child']);
    await reader.close();

    expect(await holder.send({ op: 'close' })).toEqual({ ok: true });
    await holder.exited;
    const a = await openArchive(dir, { dailyBackup: 'off' });
    await a.tag([ids[1] as string], ['from-parent'], []);
    await a.close();
    const b = await openArchive(dir, { readOnly: true });
    expect(b.summary(ids[0] as string)?.tags).toEqual(['seed', 'from-child']);
    expect(b.summary(ids[1] as string)?.tags).toEqual(['seed', 'from-parent']);
    await b.close();
  });

  it('takes over the lock of a writer that was killed', async () => {
    const { dir } = await seeded(1);
    const holder = await start([dir]);
    await ready(holder);
    holder.proc.kill('SIGKILL');
    await holder.exited;
    expect(JSON.parse(await readFile(path.join(dir, 'archive.lock'), 'utf8'))).toMatchObject({
      pid: holder.proc.pid,
    });
    const a = await openArchive(dir, { dailyBackup: 'off' });
    await a.add(makeArticle());
    await a.close();
    await expect(stat(path.join(dir, 'archive.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a second writer in the same process too', async () => {
    const { dir } = await seeded(1);
    const a = await openArchive(dir, { dailyBackup: 'off', owner: 'the cuttings command' });
    await expect(openArchive(dir)).rejects.toMatchObject({
      code: 'locked',
      message: `The archive is open in the cuttings command (pid ${process.pid}). Close it or use read-only commands.`,
    });
    await a.close();
    const b = await openArchive(dir, { dailyBackup: 'off' });
    await b.close();
  });
});

describe('a disk that refuses to write', () => {
  it('reports a file-size limit (EFBIG) clearly; disk and memory keep the last durable state', async (ctx) => {
    if (process.platform === 'win32') ctx.skip(); // needs bash's `ulimit -f`
    // 40 clippings with 2 KB of notes: the shard file is over 80 KB, above the 64 KB limit below.
    const { dir, ids } = await seeded(40, 2000);
    const before = await diskState(dir);
    const child = await start([dir], { ulimitFileKb: 64 });
    await ready(child);
    const stateBefore = await child.send({ op: 'state' });

    const tagged = (await child.send({ op: 'tag', ids: [ids[0]], add: ['too-big'] })) as {
      error?: { code: string; message: string };
    };
    expect(tagged.error?.code).toBe('io');
    expect(tagged.error?.message).toMatch(
      /^Could not save the archive: a file would grow past the size limit .*\(EFBIG/,
    );
    const added = (await child.send({ op: 'add', text: 'x '.repeat(60_000) })) as {
      error?: { code: string; message: string };
    };
    expect(added.error?.code).toBe('io');
    expect(added.error?.message).toMatch(/EFBIG/);
    // Memory is not ahead of the disk: the writer still shows the state it had.
    expect(await child.send({ op: 'state' })).toEqual(stateBefore);
    expect(await child.send({ op: 'close' })).toEqual({ ok: true });

    expect(await diskState(dir)).toBe(before);
    const report = await checkArchive(dir);
    expect(report.problems).toEqual([]);
    const a = await openArchive(dir, { readOnly: true });
    expect(a.summaries()).toHaveLength(40);
    await a.close();
  });

  it('reports a folder that became read-only; disk and memory keep the last durable state', async (ctx) => {
    const { dir, ids } = await seeded(3);
    const asRoot = process.getuid?.() === 0;
    if (process.platform === 'win32') ctx.skip();
    // Root ignores permissions, so as root the writer runs as `nobody`, for whom they apply.
    const nobody = asRoot ? { uid: 65534, gid: 65534 } : {};
    if (asRoot) await chownTree(dir, 65534, 65534);
    const child = await start([dir], nobody);
    await ready(child);
    const stateBefore = await child.send({ op: 'state' });
    const before = await diskState(dir);
    await chmodTree(dir, false);
    try {
      const tagged = (await child.send({ op: 'tag', ids: [ids[0]], add: ['nope'] })) as {
        error?: { code: string; message: string };
      };
      expect(tagged.error?.code).toBe('io');
      expect(tagged.error?.message).toMatch(/^Could not save the archive: permission was denied \(EACCES/);
      const added = (await child.send({ op: 'add' })) as { error?: { code: string } };
      expect(added.error?.code).toBe('io');
      expect(await child.send({ op: 'state' })).toEqual(stateBefore);
      expect(await diskState(dir)).toBe(before);
    } finally {
      await chmodTree(dir, true);
    }
    // Writable again: the same writer carries on from its durable state.
    expect(await child.send({ op: 'tag', ids: [ids[0]], add: ['yes'] })).toEqual({ ok: 1 });
    expect(await child.send({ op: 'close' })).toEqual({ ok: true });
    const a = await openArchive(dir, { readOnly: true });
    expect(a.summary(ids[0] as string)?.tags).toEqual(['seed', 'yes']);
    await a.close();
  });
});

async function walk(dir: string, visit: (p: string, isDir: boolean) => Promise<void>): Promise<void> {
  await visit(dir, true);
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, visit);
    else await visit(p, false);
  }
}

async function chownTree(dir: string, uid: number, gid: number): Promise<void> {
  await walk(dir, (p) => chown(p, uid, gid));
}

async function chmodTree(dir: string, writable: boolean): Promise<void> {
  await walk(dir, (p, isDir) => chmod(p, isDir ? (writable ? 0o755 : 0o555) : writable ? 0o644 : 0o444));
}
