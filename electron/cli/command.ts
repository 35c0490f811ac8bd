/**
 * What a CLI command is. Each command lives in its own file under `commands/` and is listed
 * in `commands/index.ts`; to add one, write the file and add it to that list.
 */
import type { ParseArgsConfig } from 'node:util';
import type { Library } from '../main/library';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** True when stderr is a terminal (progress may redraw one line). */
  interactive: boolean;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandContext {
  positionals: string[];
  values: Values;
  json: boolean;
  io: Io;
  /** The archive folder the command works on. */
  archiveDir: string;
  /** Opens the library (read-only for read-only commands); closed by the runner afterwards. */
  library(): Promise<Library>;
  /** Prints a line (or JSON) on stdout. */
  print(text: string): void;
  printJson(value: unknown): void;
}

export interface Command {
  name: string;
  /** One line for `cuttings --help`. */
  summary: string;
  /** Synopsis after `cuttings [--archive DIR]`. */
  usage: string;
  options: OptionSpec;
  /**
   * Read-only commands open the archive without the writer lock, so they work while the app
   * runs. A function decides from the options (`search` is read-only unless it `--save`s).
   */
  readOnly: boolean | ((values: CommandContext['values']) => boolean);
  run(ctx: CommandContext): Promise<number | void>;
}
