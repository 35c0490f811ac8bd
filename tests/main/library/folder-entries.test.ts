/**
 * Issue #17 item 10: importing a folder follows links to files, and names in the summary
 * what it cannot import — a FIFO, a socket, a link to a folder or to nothing — instead of
 * skipping them silently (and never opens a FIFO, which would wait forever).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../electron/main/library';

const ARTICLE = (n: number): string =>
  `Harbour report ${n}\n\nThe harbour number ${n} reopened on Monday after a long closure, officials said in a statement.\n`;

let dir: string;
let library: Library;
let server: Server | null = null;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-folder-entries-'));
  library = await openLibrary(path.join(dir, 'archive'));
});
afterEach(async () => {
  await library.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
  await rm(dir, { recursive: true, force: true });
});

const fifoReason = process.platform === 'win32' ? 'no FIFOs on Windows' : spawnSync('mkfifo', ['--version']).error ? 'mkfifo is not installed' : undefined;

describe.skipIf(!!fifoReason)(`a folder with links, a FIFO and a socket${fifoReason ? ` — skipped: ${fifoReason}` : ''}`, () => {
  it('follows links to files and names every other entry it cannot import', async () => {
    const folder = path.join(dir, 'in');
    const elsewhere = path.join(dir, 'elsewhere');
    await mkdir(folder);
    await mkdir(elsewhere);
    await writeFile(path.join(folder, 'plain.txt'), ARTICLE(1));
    await writeFile(path.join(elsewhere, 'linked.txt'), ARTICLE(2));
    await symlink(path.join(elsewhere, 'linked.txt'), path.join(folder, 'link-to-file.txt'));
    await symlink(elsewhere, path.join(folder, 'link-to-folder'));
    await symlink(path.join(dir, 'nothing.txt'), path.join(folder, 'broken-link.txt'));
    expect(spawnSync('mkfifo', [path.join(folder, 'pipe.txt')]).status).toBe(0);
    server = createServer();
    await new Promise<void>((resolve) => server?.listen(path.join(folder, 'socket.txt'), resolve));

    const summary = await library.importFolder(folder);
    expect(summary.imported).toHaveLength(2);
    expect(library.list().items.map((c) => c.title).sort()).toEqual(['Harbour report 1', 'Harbour report 2']);
    const failed = Object.fromEntries(summary.failed.map((f) => [path.basename(f.file), f.reason]));
    expect(Object.keys(failed).sort()).toEqual(['broken-link.txt', 'link-to-folder', 'pipe.txt', 'socket.txt']);
    expect(failed['pipe.txt']).toMatch(/FIFO/);
    expect(failed['socket.txt']).toMatch(/socket/);
    expect(failed['link-to-folder']).toMatch(/link to a folder/);
    expect(failed['broken-link.txt']).toMatch(/link to something that does not exist/);
  });
});
