/**
 * The ways `cuttings` is started, each answering the same command the same way:
 * - `node bin/cuttings.mjs` with the system's own Node (20 here: the launcher re-runs itself
 *   with the project's Node 24, since node:sqlite needs 22.13);
 * - the installed app, `Cuttings --cli …`: the BUILT main entry (out/main/index.js) with a stub
 *   for `electron` that fails on anything but `app.exit`, so the command runs before any window;
 * - the `cuttings` launcher the deb puts on the PATH (a symlink to resources/cli/cuttings), which
 *   finds the app beside its own real location and passes the arguments through.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from './run-cli';

const root = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(root, 'bin/cuttings.mjs');
const MAIN = path.join(root, 'out/main/index.js');
const STUB = path.join(import.meta.dirname, 'support/electron-stub.mjs');
const SYSTEM_NODE = '/usr/bin/node';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, CUTTINGS_ARCHIVE: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The system Node's version, or null when there is none at /usr/bin/node. */
function systemNodeVersion(): string | null {
  if (!existsSync(SYSTEM_NODE)) return null;
  return execFileSync(SYSTEM_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
}

let work: string;
let archive: string;
let expected: CliResult;
const searchArgs = (): string[] => ['--archive', archive, 'search', 'peskov', '--json'];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cuttings-launch-'));
  archive = path.join(work, 'archive');
  const text = readFileSync(path.join(root, 'tests/fixtures/paste/sun-peskov.txt'), 'utf8');
  const imported = await runCli(['--archive', archive, 'import', '-'], { input: text });
  expect(imported.status, imported.stderr).toBe(0);
  expected = await runCli(searchArgs());
  expect(expected.status, expected.stderr).toBe(0);
  expect(JSON.parse(expected.stdout)).toHaveLength(1);
  if (!existsSync(MAIN)) {
    execFileSync(path.join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root, stdio: 'ignore', timeout: 240_000 });
  }
}, 300_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Every file of out/cli the built command can load: the entry and the chunks it imports, transitively. */
function builtFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string): void => {
    if (files.has(file) || !existsSync(file)) return; // a worker named relative to where it is loaded from
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    for (const [, rel] of text.matchAll(/"(\.\.?\/[\w/-]+\.mjs)"/g)) visit(path.resolve(path.dirname(file), rel as string));
  };
  visit(path.join(root, 'out/cli/cuttings.mjs'));
  return files;
}

describe('the built command line', () => {
  it('lists only real files as its sources (else the launcher would rebuild it on every run)', () => {
    const built = JSON.parse(readFileSync(path.join(root, 'out/cli/inputs.json'), 'utf8')) as { inputs: string[] };
    expect(built.inputs.length).toBeGreaterThan(100);
    for (const input of built.inputs) expect(existsSync(path.join(root, input)), input).toBe(true);
  });

  it("carries zod's messages in English only (the other 63 languages would be parsed on every run)", () => {
    const code = [...builtFiles().values()].join('\n');
    expect(code).toContain('Invalid input: expected');
    expect(code).not.toContain('Ungültige Eingabe');
    expect(code).not.toContain('Entrada inválida');
  });
});

describe('node bin/cuttings.mjs with the system Node', () => {
  const version = systemNodeVersion();
  it.skipIf(!version)(`answers as Node 24 does (system Node ${version ?? 'absent'})`, async () => {
    const r = await run(SYSTEM_NODE, [BIN, ...searchArgs()], { PATH: '/usr/bin:/bin' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
  });
});

describe('Cuttings --cli (the built main entry)', () => {
  it('runs the command before any window and exits with its status', async () => {
    const r = await run(process.execPath, ['--import', STUB, MAIN, '--cli', ...searchArgs()]);
    expect(r.stderr).toBe('[electron-stub] app.exit(0)\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
  });

  it('passes on a usage error as exit status 2, with the message', async () => {
    const r = await run(process.execPath, ['--import', STUB, MAIN, '--cli', '--archive', archive, 'frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cuttings: Unknown command "frobnicate"');
  });
});

describe('the cuttings launcher on the PATH', () => {
  /** An installed app's layout with a fake executable that runs the built main (stubbed electron). */
  function install(layout: 'linux' | 'mac'): string {
    const base = path.join(work, layout);
    const resources = layout === 'linux' ? path.join(base, 'opt/Cuttings/resources') : path.join(base, 'Cuttings.app/Contents/Resources');
    const exe = layout === 'linux' ? path.join(base, 'opt/Cuttings/cuttings') : path.join(base, 'Cuttings.app/Contents/MacOS/Cuttings');
    mkdirSync(path.join(resources, 'cli'), { recursive: true });
    mkdirSync(path.dirname(exe), { recursive: true });
    copyFileSync(path.join(root, 'resources/cli/cuttings'), path.join(resources, 'cli/cuttings'));
    chmodSync(path.join(resources, 'cli/cuttings'), 0o755);
    // The fake app records the switches it was given, then behaves as the real main entry.
    writeFileSync(
      exe,
      `#!/bin/sh\necho "$*" > "${base}/argv"\nexec "${process.execPath}" --import "${STUB}" "${MAIN}" "$@"\n`,
    );
    chmodSync(exe, 0o755);
    const binDir = path.join(base, 'usr/bin');
    mkdirSync(binDir, { recursive: true });
    symlinkSync(path.join(resources, 'cli/cuttings'), path.join(binDir, 'cuttings'));
    return base;
  }

  it('on Linux: finds the app through the symlink and keeps Chromium off the display', async () => {
    const base = install('linux');
    const r = await run(path.join(base, 'usr/bin/cuttings'), searchArgs());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
    expect(readFileSync(path.join(base, 'argv'), 'utf8').trim()).toBe(
      `--ozone-platform=headless --disable-gpu --cli ${searchArgs().join(' ')}`,
    );
  });

  it('on macOS: runs Contents/MacOS/Cuttings --cli', async () => {
    const base = install('mac');
    const r = await run(path.join(base, 'usr/bin/cuttings'), searchArgs());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
    expect(readFileSync(path.join(base, 'argv'), 'utf8').trim()).toBe(`--cli ${searchArgs().join(' ')}`);
  });
});
