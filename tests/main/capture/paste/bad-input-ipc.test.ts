/**
 * The bad pastes sent as the Add Clipping dialog sends them: through the IPC dispatcher
 * (the contract's validation) into the real handlers, a real archive on disk. Each is refused
 * with a message for people, in review and in import, and nothing is saved; one line of 100,000
 * characters is an article and is saved whole.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatcherFor } from '../../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../../electron/main/ipc/handlers';
import { headlessShell, noRecovery, noRestore } from '../../../../electron/main/ipc/services';
import { AppSession } from '../../../../electron/main/session';

let dir: string;
let session: AppSession;
let dispatch: ReturnType<typeof dispatcherFor>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-bad-paste-'));
  session = await AppSession.start({
    settingsFile: path.join(dir, 'user', 'settings.json'),
    env: { CUTTINGS_ARCHIVE: path.join(dir, 'archive') },
    emit: () => undefined,
  });
  await session.opened; // the catalogue is read after start returns (the window opens meanwhile)
  dispatch = dispatcherFor(
    createHandlers({
      library: () => session.library(),
      version: 'test',
      shell: headlessShell(() => session.library()),
      settings: session.settingsService(async () => null),
      backups: noRestore,
      recovery: noRecovery,
      indexing: () => null,
      emit: () => undefined,
    }),
  );
});
afterAll(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

const binary = new TextDecoder().decode(Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
const cases: Array<[string, () => string, RegExp]> = [
  ['empty', () => ' \n\t\n ', /Nothing to import: the pasted text is empty/],
  ['binary', () => binary, /not text: it looks like the contents of a binary file/],
  ['50 MB', () => 'word '.repeat(10_000_000), /too large \(over 20 MB\)/],
  ['10 MB (under the IPC limit)', () => 'word '.repeat(2_000_000), /too large to be one article \(10\.0 million characters/],
  ['1 million lines', () => 'a\n'.repeat(1_000_000), /more than 100,000 lines, too many for one article/],
];

describe('bad pastes through the IPC contract and the real handlers', () => {
  it.each(cases)('%s: review and import refuse it in words, and nothing is saved', { timeout: 60_000 }, async (_name, make, message) => {
    const text = make();
    for (const channel of ['clippings.reviewText', 'clippings.importText']) {
      const reply = await dispatch(channel, { text });
      expect(reply.ok, channel).toBe(false);
      if (!reply.ok) {
        expect(reply.error.code).not.toBe('internal');
        expect(reply.error.message).toMatch(message);
        expect(reply.error.message).not.toMatch(/stack|Maximum call|undefined/);
      }
    }
    expect(session.library().list().total).toBe(0);
    const clippings = path.join(dir, 'archive', 'clippings');
    if (existsSync(clippings)) expect(readdirSync(clippings)).toEqual([]);
  });

  it('saves one line of 100,000 characters whole, as one paragraph', { timeout: 60_000 }, async () => {
    const line = 'The council met again today and talked about the budget for a long time. '.repeat(1400).slice(0, 100_000).trim();
    const review = await dispatch('clippings.reviewText', { text: line });
    expect(review.ok).toBe(true);
    const saved = await dispatch('clippings.importText', { text: line });
    expect(saved.ok).toBe(true);
    const list = session.library().list();
    expect(list.total).toBe(1);
    const id = list.items[0]?.id ?? '';
    expect((await session.library().get(id)).text).toBe(line);
  });
});
