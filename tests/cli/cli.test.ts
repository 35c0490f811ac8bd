import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/paste');
const sunText = readFileSync(path.join(FIXTURES, 'sun-peskov.txt'), 'utf8');

let work: string;
let archive: string;
let sunId: string;

/** Everything in a folder, recursively, with sizes: "nothing written" means this does not change. */
async function snapshot(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(e.parentPath, e.name);
    if (path.relative(dir, full).startsWith('index')) continue; // derived search index
    out.push(`${path.relative(dir, full)}:${e.isFile() ? (await stat(full)).size : 'dir'}`);
  }
  return out.sort();
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cuttings-cli-'));
  archive = path.join(work, 'archive');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('cuttings import / show / tag / search / dossier', () => {
  it('imports pasted text from standard input and prints the stored clipping as JSON', async () => {
    const r = await runCli(['--archive', archive, 'import', '-', '--tag', 'ukraine', '--json'], { input: sunText });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout);
    sunId = c.id;
    expect(c).toMatchObject({
      title: 'Russia sees progress in Ukraine peace talks but US relations strained',
      titleDerived: false,
      source: 'The Sun News',
      author: null,
      dateline: 'MOSCOW',
      caption: 'Kremlin spokesman Dmitry Peskov - REUTERSpix',
      credit: 'REUTERSpix',
      lang: 'en',
      url: null,
      tags: ['ukraine'],
      duplicate: false,
    });
    for (const field of ['id', 'capturedAt', 'publishedAt', 'entities', 'quotes', 'text']) expect(c).toHaveProperty(field);
    expect(c.text.startsWith('The Kremlin said on Friday')).toBe(true);
    expect(c.text).not.toContain('Join');
    expect(c.text.split('\n\n')).toHaveLength(11);
    expect(Number.isNaN(Date.parse(c.capturedAt))).toBe(false);
  });

  it('imports .txt and .html files', async () => {
    const txt = await runCli(['--archive', archive, 'import', path.join(FIXTURES, 'dpa-berlin-de.txt'), '--json']);
    expect(txt.status).toBe(0);
    expect(JSON.parse(txt.stdout)).toMatchObject({ title: 'Bahnstreik legt Fernverkehr lahm', dateline: 'Berlin', lang: 'de' });
    const page = path.resolve(import.meta.dirname, '../fixtures/pages/bbc-1/source.html');
    const html = await runCli(['--archive', archive, 'import', page, '--json']);
    expect(html.stderr).toBe('');
    expect(html.status).toBe(0);
    expect(JSON.parse(html.stdout).title).toBe("Obama admits US gun laws are his 'biggest frustration'");
  });

  it('returns the existing clipping for a duplicate import', async () => {
    const r = await runCli(['--archive', archive, 'import', '-', '--json'], { input: sunText });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: sunId, duplicate: true });
  });

  it('shows a clipping by id', async () => {
    const r = await runCli(['--archive', archive, 'show', sunId, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: sunId, source: 'The Sun News', tags: ['ukraine'] });
    const human = await runCli(['--archive', archive, 'show', sunId]);
    expect(human.stdout).toContain('Russia sees progress in Ukraine peace talks');
    expect(human.stdout).toContain('Dateline: MOSCOW');
  });

  it('adds and removes tags', async () => {
    const r = await runCli(['--archive', archive, 'tag', sunId, '--add', 'kremlin', '--add', 'energy', '--remove', 'ukraine', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ id: sunId, tags: expect.arrayContaining(['kremlin', 'energy']) }]);
    const shown = JSON.parse((await runCli(['--archive', archive, 'show', sunId, '--json'])).stdout);
    expect(shown.tags.sort()).toEqual(['energy', 'kremlin']);
    await runCli(['--archive', archive, 'tag', sunId, '--add', 'ukraine', '--remove', 'energy']);
  });

  it('searches, best first, with snippets', async () => {
    const r = await runCli(['--archive', archive, 'search', 'peskov', '--json']);
    expect(r.status).toBe(0);
    const hits = JSON.parse(r.stdout);
    expect(hits[0]).toMatchObject({ id: sunId, title: expect.stringContaining('Russia sees progress'), source: 'The Sun News' });
    for (const field of ['publishedAt', 'snippet']) expect(hits[0]).toHaveProperty(field);
    expect(hits[0].snippet.toLowerCase()).toContain('peskov');
    const none = JSON.parse((await runCli(['--archive', archive, 'search', 'bahnstreik peskov', '--json'])).stdout);
    expect(none).toEqual([]);
    const limited = JSON.parse((await runCli(['--archive', archive, 'search', '', '--limit', '1', '--json'])).stdout);
    expect(limited).toHaveLength(1);
  });

  it('writes a dossier PDF of the clippings matching a query', async () => {
    const out = path.join(work, 'out.pdf');
    const r = await runCli(['--archive', archive, 'dossier', '--query', 'tag:ukraine', '--title', 'Ukraine talks', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Ukraine talks');
    expect(text).toContain('Russia sees progress in Ukraine peace talks');
    expect(text).toContain('The Sun News');
    expect(text).toContain('Contacts are quite complicated');
    expect(text).not.toContain('Bahnstreik');
  });

  it('uses $CUTTINGS_ARCHIVE when --archive is not given', async () => {
    const r = await runCli(['show', sunId, '--json'], { env: { CUTTINGS_ARCHIVE: archive } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(sunId);
  });
});

describe('cuttings with bad input: a clear line on stderr, exit 1 or 2, nothing written', () => {
  const cases: Array<{ name: string; args: (dir: string) => Promise<string[]>; input?: string | Buffer; status: number; message: RegExp }> = [
    { name: 'no command', args: async () => [], status: 2, message: /No command given\. Run cuttings --help/ },
    { name: 'an unknown command', args: async () => ['frobnicate'], status: 2, message: /Unknown command "frobnicate"/ },
    { name: 'an unknown option', args: async () => ['search', 'x', '--colour'], status: 2, message: /Unknown option '--colour'/ },
    { name: 'a bad --limit', args: async () => ['search', 'x', '--limit', 'ten'], status: 2, message: /--limit takes a whole number/ },
    { name: 'a bad --sort', args: async () => ['search', 'x', '--sort', 'newest'], status: 2, message: /--sort is relevance or date/ },
    { name: 'import without input', args: async () => ['import'], status: 2, message: /import needs/ },
    { name: 'an empty paste', args: async () => ['import', '-'], input: '  \n\n ', status: 1, message: /empty/i },
    {
      name: 'a binary file',
      args: async (dir) => {
        const f = path.join(dir, 'backup.txt');
        await writeFile(f, Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 0x4b, 0x4c, 0x4a, 6, 0, 0xc2]));
        return ['import', f];
      },
      status: 1,
      message: /"backup\.txt" is not a text or HTML file \(it looks like a gzip archive/,
    },
    {
      name: 'a 60 MB file',
      args: async (dir) => {
        const f = path.join(dir, 'huge.txt');
        await writeFile(f, Buffer.alloc(60 * 1024 * 1024, 'a'));
        return ['import', f];
      },
      status: 1,
      message: /too large|larger than|MB/i,
    },
    {
      name: 'text that is not UTF-8',
      args: async (dir) => {
        const f = path.join(dir, 'latin1.txt');
        await writeFile(f, Buffer.from('Le caf\xe9 de la gare a ferm\xe9 ses portes apr\xe8s trente ans.', 'latin1'));
        return ['import', f];
      },
      status: 1,
      message: /UTF-8/,
    },
    { name: 'a missing file', args: async (dir) => ['import', path.join(dir, 'nope.txt')], status: 1, message: /no file/i },
  ];

  for (const c of cases) {
    it(`refuses ${c.name}`, async () => {
      const dir = await mkdtemp(path.join(work, 'bad-'));
      const target = path.join(dir, 'archive');
      const r = await runCli(['--archive', target, ...(await c.args(dir))], { input: c.input });
      expect(r.status).toBe(c.status);
      expect(r.stderr).toMatch(c.message);
      if (c.status !== 0) {
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/^cuttings: /);
      }
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(existsSync(target)).toBe(false);
    }, 60_000);
  }

  it('refuses an unknown id and a malformed query without changing the archive', async () => {
    const before = await snapshot(archive);
    const unknown = await runCli(['--archive', archive, 'show', 'no-such-id']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/No clipping with id "no-such-id"/);
    const tagUnknown = await runCli(['--archive', archive, 'tag', 'no-such-id', '--add', 'x']);
    expect(tagUnknown.status).toBe(1);
    expect(tagUnknown.stderr).toMatch(/No clipping with id/);
    const badQuery = await runCli(['--archive', archive, 'search', '"unclosed phrase']);
    expect(badQuery.status).toBe(1);
    expect(badQuery.stderr).toMatch(/^cuttings: .*quote/i);
    expect(badQuery.stderr.trim().split('\n')).toHaveLength(1);
    const badTag = await runCli(['--archive', archive, 'tag', sunId, '--add', 'two words']);
    expect(badTag.status).toBe(2);
    expect(await snapshot(archive)).toEqual(before);
  });
});

describe('cuttings help', () => {
  it('prints the commands and exits 2 when run without arguments', async () => {
    const r = await runCli([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^Usage: cuttings \[--archive DIR\] COMMAND/);
    for (const command of ['import', 'search', 'show', 'tag', 'dossier', 'backup', 'check']) expect(r.stdout).toMatch(new RegExp(`\\n  ${command} `));
  });

  it('prints a command’s options with --help and exits 0', async () => {
    const r = await runCli(['dossier', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--query Q');
  });
});

describe('cuttings import FOLDER', () => {
  /** Runs the CLI in this process with stderr as a terminal or not, collecting what it writes. */
  async function runIn(args: string[], interactive: boolean): Promise<{ status: number; stdout: string; stderr: string }> {
    const { main } = await import('../../electron/cli');
    const { PassThrough } = await import('node:stream');
    const out = new PassThrough();
    const err = new PassThrough();
    let stdout = '';
    let stderr = '';
    out.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    err.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const stdin = new PassThrough();
    stdin.end();
    const status = await main(args, { stdout: out, stderr: err, stdin, env: { ...process.env, CUTTINGS_ARCHIVE: '' }, interactive });
    return { status, stdout, stderr };
  }

  it('shows progress (one redrawn line in a terminal, plain lines in a log) and a summary naming each failure', async () => {
    const folder = path.join(work, 'inbox');
    await mkdir(path.join(folder, 'older'), { recursive: true });
    await writeFile(path.join(folder, 'sun.txt'), sunText);
    await writeFile(path.join(folder, 'older', 'geneva.txt'), readFileSync(path.join(FIXTURES, 'wire-geneva.txt')));
    await writeFile(path.join(folder, 'empty.txt'), '');
    const target = path.join(work, 'folder-archive');

    const logged = await runIn(['--archive', target, 'import', folder], false);
    expect(logged.status).toBe(1); // one file failed
    const lines = logged.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toBe('Importing 0/3');
    expect(lines.at(-1)).toBe('Importing 3/3');
    expect(logged.stderr).not.toContain('\r');
    expect(logged.stdout).toContain('Imported 2, duplicates 0, failed 1.');
    expect(logged.stdout).toMatch(/failed: .*empty\.txt: .*empty/);

    const terminal = await runIn(['--archive', target, 'import', folder], true);
    expect(terminal.stdout).toContain('Imported 0, duplicates 2, failed 1.');
    const frames = terminal.stderr.split('\r').filter(Boolean);
    expect(frames.map((f) => f.trim())).toEqual(['Importing 0/3…', 'Importing 1/3…', 'Importing 2/3…', 'Importing 3/3…']);
    expect(terminal.stderr.endsWith('\n')).toBe(true);
  });
});
