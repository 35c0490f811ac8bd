/**
 * `cuttings`: the archive from a terminal, over the same core as the app.
 * Exit status: 0 success, 2 usage error, 1 any other failure — with one clear line on stderr.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CuttingsError, toErrorInfo } from '../../shared/errors';
import type { Library } from '../main/library';
import { defaultArchiveDir } from '../main/library/location';
import type { Command, CommandContext, Io } from './command';
import { COMMANDS } from './commands';
import { watchClosedPipes } from './pipes';

const GLOBAL_OPTIONS = {
  archive: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: cuttings [--archive DIR] COMMAND [options] [--json]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'The archive is DIR, else $CUTTINGS_ARCHIVE, else the folder the app uses',
    '(~/Documents/Cuttings, or ~/Cuttings where there is no Documents folder).',
    'Run `cuttings COMMAND --help` for a command’s options.',
  ].join('\n');
}

const commandHelp = (c: Command): string => `Usage: cuttings [--archive DIR] ${c.name} ${c.usage}\n\n${c.summary}`;

/** Runs the CLI with `argv` (without node and script) and returns the exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  let library: Library | null = null;
  const output = watchClosedPipes(io);
  const write = (text: string): void => {
    if (!output.closed) io.stdout.write(text);
  };
  try {
    const name = argv.find((a) => !a.startsWith('-') && !isGlobalValue(argv, a));
    const command = COMMANDS.find((c) => c.name === name);
    if (!name || !command) {
      const { values } = parseGlobal(argv);
      if (values.help || argv.length === 0) {
        io.stdout.write(helpText() + '\n');
        return argv.length === 0 ? 2 : 0;
      }
      throw new CuttingsError('usage', name ? `Unknown command "${name}". Run cuttings --help.` : 'No command given. Run cuttings --help.');
    }
    const rest = argv.filter((a, i) => i !== argv.indexOf(name));
    const parsed = parseCommandArgs(command, rest);
    if (parsed.values.help) {
      io.stdout.write(commandHelp(command) + '\n');
      return 0;
    }
    const archiveDir = path.resolve(
      typeof parsed.values.archive === 'string' ? parsed.values.archive : defaultArchiveDir(io.env),
    );
    const ctx: CommandContext = {
      positionals: parsed.positionals,
      values: parsed.values,
      json: parsed.values.json === true,
      io,
      archiveDir,
      library: async () => {
        // The library (archive, search index) is loaded only by commands that open it.
        const { openLibrary } = await import('../main/library');
        library ??= await openLibrary(archiveDir, {
          readOnly: typeof command.readOnly === 'function' ? command.readOnly(parsed.values) : command.readOnly,
          owner: 'the cuttings command',
          // A command is over in moments: the day's first backup is made before it starts.
          dailyBackup: 'await',
        });
        return library;
      },
      print: (text) => write(text + '\n'),
      printJson: (value) => write(JSON.stringify(value, null, 2) + '\n'),
    };
    const status = (await command.run(ctx)) ?? 0;
    // Besides the results: an index answered from memory, a saved change the index missed.
    if (library) for (const note of (library as Library).notices) io.stderr.write(`cuttings: note: ${note}\n`);
    return status;
  } catch (err) {
    const info = toErrorInfo(err);
    io.stderr.write(`cuttings: ${info.message}\n`);
    const backup = (err as { newestBackup?: string | null }).newestBackup;
    if (info.code === 'damaged') {
      io.stderr.write(
        backup
          ? `cuttings: put that backup back with \`cuttings restore ${backup}\`, or rebuild the catalogue from the clipping folders with \`cuttings repair\`.\n`
          : 'cuttings: rebuild the catalogue from the clipping folders with `cuttings repair`.\n',
      );
    }
    return info.code === 'usage' ? 2 : 1;
  } finally {
    if (library) await (library as Library).close().catch(() => undefined);
  }
}

function isGlobalValue(argv: string[], arg: string): boolean {
  const i = argv.indexOf(arg);
  return i > 0 && argv[i - 1] === '--archive';
}

function parseGlobal(argv: string[]): ReturnType<typeof parseArgs<{ options: typeof GLOBAL_OPTIONS; strict: false }>> {
  return parseArgs({ args: argv, options: GLOBAL_OPTIONS, strict: false, allowPositionals: true });
}

function parseCommandArgs(command: Command, args: string[]): { values: CommandContext['values']; positionals: string[] } {
  const options = { ...GLOBAL_OPTIONS, ...command.options };
  try {
    return parseArgs({ args: joinNegativeValues(args, options), options, allowPositionals: true, strict: true });
  } catch (err) {
    // node:util's messages are good ("Unknown option '--x'"), but some run to three lines of
    // advice about dashes: keep the first line and point at the help.
    const first = (err as Error).message.split('\n')[0] ?? '';
    const message = first.replace(/\. To specify a positional.*$/s, '').replace(/\.$/, '');
    throw new CuttingsError('usage', `${message}. Run cuttings ${command.name} --help.`);
  }
}

/**
 * `--limit -1`: node:util takes `-1` for an option and refuses the pair as "ambiguous"; a
 * value that is a negative number is meant as the value, so it is joined (`--limit=-1`) and
 * the command's own check says what the option takes.
 */
function joinNegativeValues(args: string[], options: Record<string, { type: string }>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
