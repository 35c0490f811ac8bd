/**
 * The built command's entry point (`out/cli/cuttings.mjs`, see scripts/build-cli.mjs). Both
 * `bin/cuttings.mjs` and the installed app (`Cuttings --cli …`) call {@link run}; everything a
 * command needs beyond argument parsing is imported when that command runs.
 */
import { config } from 'zod';
import { main } from './index';

// A command checks a few records once: compiling validators (zod's JIT) costs more than it saves.
config({ jitless: true });

/** Runs `cuttings` with `argv` (the arguments after the command name) on this process's streams. */
export function run(argv: string[]): Promise<number> {
  process.removeAllListeners('warning'); // node:sqlite's ExperimentalWarning is noise for CLI users
  return main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    interactive: Boolean(process.stderr.isTTY),
  });
}
