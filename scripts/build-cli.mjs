// Builds the `cuttings` command to out/cli/ (esbuild): `cuttings.mjs` holds argument parsing
// and the command list; each capability (archive, search, capture, dossier…) is a chunk loaded
// only when a command needs it. Dependencies stay external: they are resolved from
// node_modules at run time, in a checkout as inside the packaged app.asar.
//
//   node scripts/build-cli.mjs [--if-possible]   (npm run build and npm install run it;
//   bin/cuttings.mjs runs it too when a source is newer than the build)
//
// The build is written to a scratch folder and moved into place file by file, the entry last,
// so a command started meanwhile (tests run many at once) sees the old build or the new one.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CLI_DIR = path.join(root, 'out', 'cli');
/** Written beside the build: when it started and every source file it read (for freshness checks). */
export const INPUTS_FILE = 'inputs.json';

/** Bundled into the build rather than loaded from node_modules. */
const BUNDLED = new Set(['zod', 'lowdb', 'steno', 'fflate']);

/**
 * zod's namespace (`z`) re-exports `locales`: error messages in 64 languages, about 400 KB the
 * command would parse on every run, where Cuttings uses only English (zod's default, which
 * zod loads from `locales/en.js` itself). The namespace keeps only that one.
 */
const englishZodOnly = {
  name: 'english-zod-only',
  setup(build) {
    const zodV4 = `${path.sep}node_modules${path.sep}zod${path.sep}v4${path.sep}`;
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(zodV4) ? { path: path.join(path.dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-english' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english' }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      resolveDir: path.dirname(args.path),
    }));
  },
};

function runtimeDependencies() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return Object.keys(pkg.dependencies ?? {}).flatMap((name) => [name, `${name}/*`]);
}

/** Builds the CLI; returns the number of source files it was built from. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const scratch = path.join(root, 'out', `.cli-build-${process.pid}-${startedAt}`);
  rmSync(scratch, { recursive: true, force: true });
  try {
    const result = await build({
      absWorkingDir: root,
      // Worker threads load files: the archive worker (backups, restores) and the print worker
      // (OCR and PDF reading) are entries of their own.
      entryPoints: {
        cuttings: 'electron/cli/entry.ts',
        'archive-worker': 'electron/main/archive/archive-worker.ts',
        'print-worker': 'electron/main/capture/print/worker.ts',
      },
      outdir: scratch,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      // Small pure-JS libraries every command loads are bundled (one file to load instead of
      // dozens); the rest (capture's jsdom and friends, pdfkit and its fonts) stay in node_modules.
      external: runtimeDependencies().filter((name) => !BUNDLED.has(name)),
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      metafile: true,
      logLevel: 'warning',
      legalComments: 'none',
      plugins: [englishZodOnly],
    });
    const inputs = [
      // The plugin's module (`zod-english:…`) stands for zod's own file, which is listed anyway.
      ...Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('zod-english:')),
      'package.json',
      path.relative(root, fileURLToPath(import.meta.url)),
    ].map((p) => p.split(path.sep).join('/'));
    writeFileSync(path.join(scratch, INPUTS_FILE), `${JSON.stringify({ startedAt, inputs }, null, 1)}\n`);
    place(scratch);
    return inputs.length;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Moves the scratch build into out/cli: chunks (content-hashed names) first, the entry last. */
function place(scratch) {
  mkdirSync(path.join(CLI_DIR, 'chunks'), { recursive: true });
  const chunks = existsSync(path.join(scratch, 'chunks')) ? readdirSync(path.join(scratch, 'chunks')) : [];
  for (const name of chunks) renameSync(path.join(scratch, 'chunks', name), path.join(CLI_DIR, 'chunks', name));
  renameSync(path.join(scratch, 'archive-worker.mjs'), path.join(CLI_DIR, 'archive-worker.mjs'));
  renameSync(path.join(scratch, 'print-worker.mjs'), path.join(CLI_DIR, 'print-worker.mjs'));
  renameSync(path.join(scratch, INPUTS_FILE), path.join(CLI_DIR, INPUTS_FILE));
  renameSync(path.join(scratch, 'cuttings.mjs'), path.join(CLI_DIR, 'cuttings.mjs'));
  // Chunks of earlier builds go once no command can still be loading them.
  const live = new Set(chunks);
  for (const name of readdirSync(path.join(CLI_DIR, 'chunks'))) {
    const file = path.join(CLI_DIR, 'chunks', name);
    if (!live.has(name) && Date.now() - statSync(file).mtimeMs > 10 * 60_000) rmSync(file, { force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--if-possible` (npm install's postinstall): a production install has no esbuild and no
  // sources to build from; it uses the build it came with.
  if (process.argv.includes('--if-possible')) {
    const hasSources = existsSync(path.join(root, 'electron', 'cli', 'entry.ts'));
    const hasEsbuild = await import('esbuild').then(
      () => true,
      () => false,
    );
    if (!hasSources || !hasEsbuild) process.exit(0);
  }
  const started = Date.now();
  let count;
  try {
    count = await buildCli();
  } catch (err) {
    if (!process.argv.includes('--if-possible')) throw err;
    // npm install goes on: bin/cuttings.mjs builds it on first run, and says what is wrong then.
    console.warn(`cuttings: warning: could not build the command line (${err.message.split('\n')[0]}).`);
    process.exit(0);
  }
  console.log(`cuttings: built the command line to out/cli (${count} sources, ${Date.now() - started} ms).`);
}
