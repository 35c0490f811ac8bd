/**
 * Two desks (two archives) and a CouchDB-protocol server for a test file: the server is started
 * once, each test gets a new database (members anna and ben) and two fresh archives.
 */
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openLibrary, type Library } from '../../../electron/main/library';
import { tempDir } from '../archive/helpers';
import { startCouch, type CouchServer } from './couch-server';

export interface Desks {
  couch: CouchServer;
  /** This test's database. */
  db: string;
  anna: Library;
  ben: Library;
}

export function twoDesks(): Desks {
  const desks = {} as Desks;
  let n = 0;
  let work: { dir: string; cleanup: () => Promise<void> } | null = null;
  beforeAll(async () => {
    desks.couch = await startCouch();
  });
  afterAll(async () => {
    await desks.couch?.close();
  });
  beforeEach(async () => {
    work = await tempDir('cuttings-sync-');
    desks.db = `desk${++n}`;
    await desks.couch.createDb(desks.db, ['anna', 'ben']);
    desks.anna = await openLibrary(path.join(work.dir, 'anna'), { dailyBackup: 'off' });
    desks.ben = await openLibrary(path.join(work.dir, 'ben'), { dailyBackup: 'off' });
  });
  afterEach(async () => {
    await desks.anna?.close();
    await desks.ben?.close();
    await work?.cleanup();
  });
  return desks;
}
