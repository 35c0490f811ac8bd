/**
 * `Cuttings --cli COMMAND …`: the installed app answers the same commands as `cuttings` in a
 * checkout, from the same build (`out/cli`, packaged with the app). The `cuttings` launchers in
 * resources/cli (put on the PATH by the deb package, or by hand: see the README) call it. It runs
 * in the main process before any window exists (the runAsNode fuse is off, so the app cannot be
 * started as a plain Node), and the app exits with the command's status.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The command's arguments when the app was started with `--cli`, else null. */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--cli');
  return at < 0 ? null : argv.slice(at + 1);
}

/** Runs the built command line with `args`; resolves to its exit status once its output is flushed. */
export async function runBuiltCli(args: string[], cliDir = defaultCliDir()): Promise<number> {
  const entry = pathToFileURL(path.join(cliDir, 'cuttings.mjs')).href;
  const { run } = (await import(/* @vite-ignore */ entry)) as { run(argv: string[]): Promise<number> };
  const status = await run(args);
  await Promise.all([flush(process.stdout), flush(process.stderr)]);
  return status;
}

/** `out/cli` beside `out/main`, where this file is bundled. */
function defaultCliDir(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli');
}

function flush(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}
