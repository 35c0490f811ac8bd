/**
 * Restore and repair replace the catalogue atomically: killed (SIGKILL) after any step, the
 * archive holds one whole catalogue — the old one, byte for byte, before the commit point and
 * the new one after it — and opens; a failure injected between steps changes nothing.
 */
import { spawn } from 'node:child_process';
import { cp, readFile, rm, truncate } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupArchive, openArchive, repairFromFolders, restoreBackup } from '../../../electron/main/archive';
import { REPLACE_STEPS } from '../../../electron/main/archive/replace';
import { makeArticle, tempDir } from './helpers';

let base: string;
let cleanup: () => Promise<void>;
let pristine: string;
let child: string;
let backupName: string;
let older: string[];
let newer: string[];
let copies = 0;

beforeAll(async () => {
  ({ dir: base, cleanup } = await tempDir('cuttings-replace-'));
  pristine = path.join(base, 'pristine');
  const a = await openArchive(pristine, { dailyBackup: 'off' });
  for (let i = 0; i < 3; i++) await a.add(makeArticle(), ['older']);
  older = a.summaries().map((s) => s.id);
  await a.close();
  backupName = (await backupArchive(pristine)).name;
  const b = await openArchive(pristine, { dailyBackup: 'off' });
  for (let i = 0; i < 2; i++) await b.add(makeArticle(), ['newer']);
  newer = b.summaries().map((s) => s.id);
  await b.close();
  child = path.join(base, 'replace-child.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'replace-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: child,
    logLevel: 'silent',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}, 120_000);
afterAll(async () => cleanup());

async function copy(): Promise<string> {
  const dir = path.join(base, `copy-${++copies}`);
  await cp(pristine, dir, { recursive: true });
  return dir;
}

function runChild(args: string[]): Promise<{ signal: NodeJS.Signals | null; code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('error', reject);
    proc.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

/** The clipping ids the archive in `dir` opens with (as the next writer would, leftovers swept). */
async function idsAfterCrash(dir: string): Promise<string[]> {
  const a = await openArchive(dir, { dailyBackup: 'off' });
  try {
    return a.summaries().map((s) => s.id);
  } finally {
    await a.close();
  }
}

describe('restore, killed after each step', () => {
  for (const step of REPLACE_STEPS) {
    it(`after "${step}": one whole catalogue, ${step === 'swapped' ? 'the restored one' : 'the old one'}`, async () => {
      const dir = await copy();
      const manifest = await readFile(path.join(dir, 'catalogue.json'));
      const r = await runChild([dir, 'restore', backupName, step]);
      expect(r.signal, r.out).toBe('SIGKILL');
      if (step === 'swapped') {
        expect(await idsAfterCrash(dir)).toEqual(older);
      } else {
        expect(await readFile(path.join(dir, 'catalogue.json'))).toEqual(manifest);
        expect(await idsAfterCrash(dir)).toEqual(newer);
        // And the restore, run again, completes.
        await restoreBackup(dir, backupName);
        expect(await idsAfterCrash(dir)).toEqual(older);
      }
    });
  }
});

describe('repair of a damaged catalogue, killed after each step', () => {
  for (const step of REPLACE_STEPS) {
    it(`after "${step}": ${step === 'swapped' ? 'the rebuilt catalogue' : 'the damaged one, unchanged'}`, async () => {
      const dir = await copy();
      await truncate(path.join(dir, 'catalogue.json'), 40);
      const damaged = await readFile(path.join(dir, 'catalogue.json'));
      const r = await runChild([dir, 'repair', '-', step]);
      expect(r.signal, r.out).toBe('SIGKILL');
      if (step === 'swapped') {
        expect((await idsAfterCrash(dir)).sort()).toEqual([...newer].sort());
      } else {
        expect(await readFile(path.join(dir, 'catalogue.json'))).toEqual(damaged);
        await expect(openArchive(dir, { readOnly: true })).rejects.toMatchObject({ code: 'damaged' });
      }
    });
  }
});

describe('a failure between steps', () => {
  it('leaves the old catalogue in place and the error says so', async () => {
    const dir = await copy();
    const manifest = await readFile(path.join(dir, 'catalogue.json'));
    const failAt = (stop: string) => (step: string) => {
      if (step === stop) throw Object.assign(new Error('the disk went away'), { code: 'EIO' });
    };
    for (const step of ['shards-written', 'verified']) {
      await expect(restoreBackup(dir, backupName, { onStep: failAt(step) })).rejects.toMatchObject({ code: 'io' });
      expect(await readFile(path.join(dir, 'catalogue.json'))).toEqual(manifest);
      expect(await idsAfterCrash(dir)).toEqual(newer);
    }
  });

  it('refuses a new catalogue that does not read back as written', async () => {
    const dir = await copy();
    const manifest = await readFile(path.join(dir, 'catalogue.json'));
    // Damage a freshly written shard file before it is checked: the verification must catch it.
    const spoil = async (step: string): Promise<void> => {
      if (step !== 'shards-written') return;
      const { readdir } = await import('node:fs/promises');
      const live = new Set((JSON.parse(manifest.toString('utf8')) as { shards: Array<{ file: string }> }).shards.map((s) => s.file));
      const written = (await readdir(path.join(dir, 'catalogue'))).map((f) => `catalogue/${f}`).filter((f) => !live.has(f));
      expect(written.length).toBeGreaterThan(0);
      await truncate(path.join(dir, written[0] as string), 10);
    };
    await expect(restoreBackup(dir, backupName, { onStep: spoil })).rejects.toThrow(/did not read back as written/);
    expect(await readFile(path.join(dir, 'catalogue.json'))).toEqual(manifest);
    expect(await idsAfterCrash(dir)).toEqual(newer);
  });
});

describe('repair', () => {
  it('re-adopts every clipping from its folder, keeping the damaged catalogue in kept/', async () => {
    const dir = await copy();
    await truncate(path.join(dir, 'catalogue.json'), 40);
    const damaged = await readFile(path.join(dir, 'catalogue.json'));
    const result = await repairFromFolders(dir);
    expect(result.clippings).toBe(newer.length);
    expect(await readFile(path.join(dir, result.keptAt as string, 'catalogue.json'))).toEqual(damaged);
    const a = await openArchive(dir, { dailyBackup: 'off' });
    expect(a.summaries().map((s) => s.id).sort()).toEqual([...newer].sort());
    expect(a.tags().map((t) => t.name).sort()).toEqual(['newer', 'older']);
    await a.close();
    await rm(dir, { recursive: true, force: true });
  });
});

