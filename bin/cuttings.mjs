#!/usr/bin/env node
// The `cuttings` command: runs the built command line, out/cli/cuttings.mjs.
// - In a checkout, the build is made (or remade, when a source file is newer than it) first:
//   `npm install` builds it, so this only happens after an edit (scripts/build-cli.mjs).
// - Cuttings needs Node ≥ 22.13 (node:sqlite). On an older Node (20 on our build machines) the
//   command re-runs itself with the Node 24 the project installs (the `node` devDependency),
//   else with Electron's own Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, 'out', 'cli', 'cuttings.mjs');

/** True when out/cli is missing or older than a source it was built from (checkouts only). */
function stale() {
  if (!existsSync(entry)) return true;
  let built;
  try {
    built = JSON.parse(readFileSync(path.join(root, 'out', 'cli', 'inputs.json'), 'utf8'));
  } catch {
    return true;
  }
  for (const input of built.inputs) {
    try {
      if (statSync(path.join(root, input)).mtimeMs > built.startedAt) return true;
    } catch {
      return true; // a source was removed or renamed
    }
  }
  return false;
}

async function ensureBuilt() {
  if (!existsSync(path.join(root, 'electron', 'cli'))) {
    if (existsSync(entry)) return; // an installed copy: built already, no sources beside it
    console.error('cuttings: the command line is not built and its sources are missing; reinstall Cuttings.');
    process.exit(1);
  }
  if (!stale()) return;
  try {
    const { buildCli } = await import(pathToFileURL(path.join(root, 'scripts', 'build-cli.mjs')).href);
    await buildCli();
  } catch (err) {
    console.error(`cuttings: could not build the command line (${err.message}). Run npm install.`);
    process.exit(1);
  }
}

/** A Node that has node:sqlite: the `node` package's binary, else Electron running as Node. */
function newerNode() {
  const require = createRequire(import.meta.url);
  const candidates = [path.join(root, 'node_modules', 'node', 'bin', 'node')];
  try {
    candidates.push(path.join(path.dirname(require.resolve('node/package.json')), 'bin', 'node'));
  } catch {
    // not installed (a production install has no devDependencies)
  }
  const found = candidates.find((file) => existsSync(file));
  if (found) return { file: found, env: process.env };
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const file = path.join(dir, 'dist', readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
    if (existsSync(file)) return { file, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } };
  } catch {
    // no Electron binary either
  }
  return null;
}

if (process.env.CUTTINGS_CLI_CHECKED !== '1') await ensureBuilt();

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  const node = newerNode();
  if (!node) {
    console.error(`cuttings: Node ${process.versions.node} is too old; install Node 22.13 or newer.`);
    process.exit(1);
  }
  const result = spawnSync(node.file, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...node.env, CUTTINGS_CLI_CHECKED: '1' },
  });
  process.exit(result.status ?? 128 + (constants.signals[result.signal] ?? 0));
}

// V8's compiled code for the build is cached on disk (Node ≥ 22.1): later runs skip compiling it.
module.enableCompileCache?.();
const { run } = await import(pathToFileURL(entry).href);
process.exitCode = await run(process.argv.slice(2));
