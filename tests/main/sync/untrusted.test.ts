import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRemote, syncArchive } from '../../../electron/main/sync';
import { makeArticle } from '../archive/helpers';
import { ADMIN } from './couch-server';
import { twoDesks } from './two-desks';

const desks = twoDesks();

async function put(doc: object): Promise<void> {
  const auth = `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`;
  const res = await fetch(`${desks.couch.url}/${desks.db}/_bulk_docs`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify({ docs: [doc] }),
  });
  expect(res.ok).toBe(true);
}

describe('documents from the server are not trusted', () => {
  it('a record whose file names leave its folder, or an attachment named ../x, is left out and named; the rest syncs', async () => {
    const { anna, ben } = desks;
    const good = await anna.add(makeArticle({ title: 'Good one' }));
    await syncArchive(anna, parseRemote(desks.couch.dbUrl(desks.db), 'anna', 'pw-anna'));
    const record = anna.archive.records()[0] as unknown as Record<string, unknown>;
    const evilId = 'zzzzzzzzzaaaaaa';
    await put({ _id: `clipping:${evilId}`, kind: 'clipping', editedBy: 'x', editedAt: 'x', value: { ...record, id: evilId, files: { original: '../../../escape.txt', html: false } } });
    const sneakyId = 'zzzzzzzzzbbbbbb';
    await put({ _id: `files:${sneakyId}`, kind: 'files', _attachments: { '..%2Fsneaky.txt': { content_type: 'text/plain', data: Buffer.from('x').toString('base64') } } });
    await put({ _id: `clipping:${sneakyId}`, kind: 'clipping', editedBy: 'x', editedAt: 'x', value: { ...record, id: sneakyId } });

    const report = await syncArchive(ben, parseRemote(desks.couch.dbUrl(desks.db), 'ben', 'pw-ben'));
    expect(report.skipped.some((s) => s.includes(evilId) && s.includes('leads outside its folder'))).toBe(true);
    expect(report.skipped.some((s) => s.includes(sneakyId) && s.includes('sneaky'))).toBe(true);
    expect(ben.list().items.map((c) => c.id).sort()).toEqual([good.clipping.id].sort());
    expect(existsSync(path.join(ben.dir, '..', 'escape.txt'))).toBe(false);
  });
});
