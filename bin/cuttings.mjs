#!/usr/bin/env node
// Launcher for the `cuttings` command. Cuttings needs Node ≥ 22.13 (node:sqlite); when the
// Node on the PATH is older, re-run with the Node the project installs (the `node` package).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  const require = createRequire(import.meta.url);
  let nodeBin;
  try {
    nodeBin = path.join(path.dirname(require.resolve('node/package.json')), 'bin', 'node');
  } catch {
    console.error(`cuttings: Node ${process.versions.node} is too old; install Node 22.13 or newer.`);
    process.exit(1);
  }
  const result = spawnSync(nodeBin, process.argv.slice(1), { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

process.removeAllListeners('warning'); // node:sqlite's ExperimentalWarning is noise for CLI users
const { tsImport } = await import('tsx/esm/api');
const { main } = await tsImport('../electron/cli/index.ts', import.meta.url);
const interactive = Boolean(process.stderr.isTTY);
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  interactive,
});
