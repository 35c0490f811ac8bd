/**
 * A child process for the crash, full-disk, read-only and two-process tests.
 * Usage: writer <archive dir> [loop <seed> <shardCapacity>]
 *
 * Without `loop`, it reads one JSON command per line on stdin and answers one JSON line on
 * stdout: {"op":"tag","ids":[…],"add":[…]}, {"op":"add","text":"…"}, {"op":"state"}, {"op":"close"}.
 * With `loop`, it writes forever and prints `ack <kind> <id> [tag]` after each write resolves
 * (stdout to a pipe is synchronous on Linux, so a printed ack was acknowledged before any kill).
 */
import { createInterface } from 'node:readline';
import { openArchive } from '../../../electron/main/archive';
import type { Archive } from '../../../electron/main/archive/types';
import { toErrorInfo } from '../../../shared/errors';
import { makeArticle } from './helpers';

const [dir = '', mode = 'commands', seedArg = '1', capacityArg = '1000'] = process.argv.slice(2);

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function state(a: Archive): unknown {
  return {
    summaries: a.summaries().map((s) => ({ id: s.id, tags: s.tags, trashedAt: s.trashedAt })),
    tags: a.tags(),
  };
}

async function loop(a: Archive, seed: number): Promise<never> {
  let rnd = seed;
  const random = (): number => {
    rnd = (rnd * 1103515245 + 12345) % 2147483648;
    return rnd / 2147483648;
  };
  for (let n = 0; ; n++) {
    const ids = a.summaries().map((s) => s.id);
    const r = random();
    if (ids.length < 3 || r < 0.4) {
      const { clipping } = await a.add(makeArticle(), [`a${seed}-${n}`]);
      say(`ack add ${clipping.id} a${seed}-${n}`);
    } else if (r < 0.9) {
      // Several clippings (usually in several shards) in one commit.
      const pick = [0, 1, 2].map(() => ids[Math.floor(random() * ids.length)] as string);
      const tag = `t${seed}-${n}`;
      await a.tag(pick, [tag], []);
      for (const id of new Set(pick)) say(`ack tag ${id} ${tag}`);
    } else {
      const id = ids[Math.floor(random() * ids.length)] as string;
      await a.trash([id]);
      say(`ack trash ${id}`);
    }
  }
}

async function commands(a: Archive): Promise<void> {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    const cmd = JSON.parse(line) as { op: string; ids?: string[]; add?: string[]; text?: string };
    try {
      if (cmd.op === 'tag') say(JSON.stringify({ ok: await a.tag(cmd.ids ?? [], cmd.add ?? [], []) }));
      else if (cmd.op === 'add')
        say(JSON.stringify({ ok: (await a.add(makeArticle({ text: cmd.text }))).clipping.id }));
      else if (cmd.op === 'state') say(JSON.stringify({ ok: state(a) }));
      else if (cmd.op === 'close') {
        await a.close();
        say(JSON.stringify({ ok: true }));
        process.exit(0);
      }
    } catch (err) {
      say(JSON.stringify({ error: toErrorInfo(err) }));
    }
  }
}

async function main(): Promise<void> {
  let a: Archive;
  try {
    a = await openArchive(dir, { owner: 'Cuttings', dailyBackup: 'off', shardCapacity: Number(capacityArg) });
  } catch (err) {
    say(JSON.stringify({ error: toErrorInfo(err) }));
    process.exit(3);
  }
  say(JSON.stringify({ ready: process.pid }));
  if (mode === 'loop') await loop(a, Number(seedArg));
  else await commands(a);
}

void main();
