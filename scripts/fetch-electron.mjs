// Electron ≥ 42 downloads its binary lazily. Try to fetch it now so `npm start` works
// right after `npm install`; on a machine without access to GitHub only warn, so that
// `npm install` (and the tests, which never need the binary) still succeed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const TIMEOUT_MS = 120_000;

function electronDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const dir = electronDir();
if (!dir) process.exit(0); // production install without devDependencies
if (process.env.CI || process.env.CUTTINGS_SKIP_ELECTRON_DOWNLOAD) {
  console.log('cuttings: skipping the Electron binary download (CI or CUTTINGS_SKIP_ELECTRON_DOWNLOAD).');
  process.exit(0);
}
if (existsSync(path.join(dir, 'path.txt'))) process.exit(0);

const installer = path.join(dir, 'install.js');
if (!existsSync(installer)) process.exit(0);
const child = spawn(process.execPath, [installer], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
child.on('exit', (code) => {
  clearTimeout(timer);
  if (code === 0) {
    console.log('cuttings: Electron binary installed.');
  } else {
    const reason = stderr.trim().split('\n').pop() || `exit ${code ?? 'killed'}`;
    console.warn(`cuttings: warning: could not download the Electron binary (${reason}).`);
    console.warn('cuttings: `npm test` still works; `npm start` needs the binary (run `npx install-electron` when online).');
  }
  process.exit(0);
});
