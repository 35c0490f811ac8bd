/**
 * Runs tests/main/archive/writer.ts in child processes. The writer is bundled once with
 * esbuild into a single .mjs, so a child starts in tens of milliseconds rather than the
 * second `npx tsx` takes: that is what makes hundreds of kill -9 runs fit in a minute.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { chmod, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

let bundled: Promise<string> | null = null;

/** The writer as one self-contained ES module, readable by any user (for the run-as-nobody test). */
export function writerBundle(): Promise<string> {
  bundled ??= (async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-writer-'));
    await chmod(dir, 0o755);
    const out = path.join(dir, 'writer.mjs');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'writer.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: out,
      logLevel: 'silent',
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
    });
    await chmod(out, 0o644);
    return out;
  })();
  return bundled;
}

export interface Child {
  proc: ChildProcessWithoutNullStreams;
  /** Complete stdout lines so far. */
  lines: string[];
  /** Resolves with the first line (received or to come) that satisfies `match`. */
  waitFor(match: (line: string) => boolean): Promise<string>;
  /** Sends a command and resolves with its answer (answers come in order). */
  send(cmd: unknown): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
  stderr(): string;
}

const isAnswer = (l: string): boolean => l.startsWith('{"ok"') || l.startsWith('{"error"');

/** Starts the writer, optionally under `ulimit -f` (through bash) or as another user. */
export async function startWriter(
  args: string[],
  options: { ulimitFileKb?: number; uid?: number; gid?: number } = {},
): Promise<Child> {
  const script = await writerBundle();
  const proc =
    options.ulimitFileKb !== undefined
      ? spawn(
          'bash',
          ['-c', `ulimit -f ${options.ulimitFileKb}; exec "$0" "$@"`, process.execPath, script, ...args],
          {
            uid: options.uid,
            gid: options.gid,
          },
        )
      : spawn(process.execPath, [script, ...args], { uid: options.uid, gid: options.gid });
  const lines: string[] = [];
  const events = new EventEmitter();
  let buffer = '';
  let stderr = '';
  proc.stdout.setEncoding('utf8');
  proc.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      lines.push(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
    }
    events.emit('lines');
  });
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (c: string) => (stderr += c));
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    // 'close', not 'exit': only then has all of stdout and stderr been read.
    proc.on('close', (code) => {
      done = true;
      events.emit('lines');
      resolve(code);
    }),
  );
  const until = <T>(probe: () => T | undefined): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const check = (): void => {
        const found = probe();
        if (found !== undefined) {
          events.off('lines', check);
          resolve(found);
        } else if (done) {
          events.off('lines', check);
          reject(new Error(`writer exited before answering; stderr: ${stderr}`));
        }
      };
      events.on('lines', check);
      check();
    });
  let asked = 0;
  return {
    proc,
    lines,
    exited,
    stderr: () => stderr,
    waitFor: (match) => until(() => lines.find(match)),
    send: async (cmd) => {
      const index = asked++;
      proc.stdin.write(`${JSON.stringify(cmd)}\n`);
      const line = await until(() => lines.filter(isAnswer)[index]);
      return JSON.parse(line) as Record<string, unknown>;
    },
  };
}
