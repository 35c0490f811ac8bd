/**
 * The search index stays in step with the catalogue after every kind of change, records the
 * catalogue generation it matches (so a clean reopen never rebuilds), and is rebuilt when it
 * does not match: a crash between a commit and its index update, or a restored backup.
 * `is:duplicate` follows headlines shared by several clippings through every change.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupArchive, openArchive, restoreBackup, type Archive } from '../../../electron/main/archive';
import { openLibrary, type Library } from '../../../electron/main/library';
import { openSearchIndex } from '../../../electron/main/search';

const PASTE = path.resolve(import.meta.dirname, '../../fixtures/paste');
const read = (name: string): string => readFileSync(path.join(PASTE, name), 'utf8');

let dir: string;
let archiveDir: string;
let library: Library;

const found = (q: string): string[] => library.search(q, { limit: 100 }).hits.map((h) => h.id).sort();

/** The catalogue generation recorded in the index file, and the catalogue's own. */
async function stamps(): Promise<{ index: number | null; catalogue: number }> {
  const index = openSearchIndex(path.join(archiveDir, 'index', 'search.sqlite'));
  const archive = await openArchive(archiveDir, { readOnly: true });
  try {
    return { index: index.catalogueGeneration, catalogue: archive.generation };
  } finally {
    index.close();
    await archive.close();
  }
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-in-step-'));
  archiveDir = path.join(dir, 'archive');
  library = await openLibrary(archiveDir);
});
afterEach(async () => {
  await library?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('after each kind of change', () => {
  it('answers searches from the new state and records the generation it matches', async () => {
    const sun = (await library.importText(read('sun-peskov.txt'), { tags: ['ukraine'] })).clipping.id;
    const wire = (await library.importText(read('wire-geneva.txt'), { tags: ['ukraine', 'un'] })).clipping.id;
    const steps: Array<[string, () => Promise<unknown>, () => void]> = [
      ['edit', () => library.update(sun, { title: 'Kremlin spokesman on the moratorium', notes: 'ask the desk about zeppelin' }), () => {
        expect(found('title:moratorium')).toEqual([sun]);
        expect(found('zeppelin')).toEqual([sun]);
      }],
      ['tag', () => library.tag([wire], ['geneva'], []), () => expect(found('tag:geneva')).toEqual([wire])],
      ['rename a tag', () => library.renameTag('ukraine', 'war-in-ukraine'), () => {
        expect(found('tag:ukraine')).toEqual([]);
        expect(found('tag:war-in-ukraine')).toEqual([sun, wire].sort());
      }],
      ['merge tags', () => library.mergeTags(['un', 'geneva'], 'diplomacy'), () => {
        expect(found('tag:un')).toEqual([]);
        expect(found('tag:diplomacy')).toEqual([wire]);
      }],
      ['delete a tag', () => library.deleteTag('diplomacy'), () => expect(found('tag:diplomacy')).toEqual([])],
      ['colour a tag', () => library.setTagColor('war-in-ukraine', '#aa3300'), () => expect(found('tag:war-in-ukraine')).toHaveLength(2)],
      ['save a search', () => library.saveSearch('Kremlin', 'peskov'), () => expect(found('peskov')).toEqual([sun])],
      ['trash', () => library.trash([sun]), () => expect(found('peskov')).toEqual([])],
      ['restore', () => library.restore([sun]), () => expect(found('peskov')).toEqual([sun])],
      ['trash and empty the trash', async () => {
        await library.trash([wire]);
        await library.emptyTrash();
      }, () => expect(found('plastic pollution')).toEqual([])],
    ];
    for (const [name, change, check] of steps) {
      await change();
      check();
      const { index, catalogue } = await stamps();
      expect({ name, index }).toEqual({ name, index: catalogue });
    }
    // A clean reopen finds everything in step and so does not rebuild.
    await library.close();
    library = await openLibrary(archiveDir);
    expect(found('tag:war-in-ukraine')).toEqual([sun]);
    expect(library.search('').total).toBe(1);
  });

  it('does not count a refused change against the index', async () => {
    await library.importText(read('sun-peskov.txt'), { tags: ['ukraine'] });
    await expect(library.update('no-such-id', { notes: 'x' })).rejects.toThrow();
    await library.tag([library.list().items[0]?.id ?? ''], ['kremlin'], []);
    const { index, catalogue } = await stamps();
    expect(index).toBe(catalogue);
  });
});

describe('an index that no longer matches the catalogue', () => {
  it('is rebuilt on open after a change the index never saw (a crash between commit and index)', async () => {
    const sun = (await library.importText(read('sun-peskov.txt'))).clipping.id;
    await library.close();
    // The catalogue commits; the index is not told (as if the app died right after the commit).
    const archive = await openArchive(archiveDir);
    await archive.tag([sun], ['crashed'], []);
    await archive.close();
    expect((await stamps()).index).not.toBe((await stamps()).catalogue);

    library = await openLibrary(archiveDir);
    // Same number of clippings, so a count alone would not have noticed.
    expect(found('tag:crashed')).toEqual([sun]);
    const after = await stamps();
    expect(after.index).toBe(after.catalogue);
  });

  it('keeps a change made while it is rebuilt in the background, and is in step afterwards', async () => {
    const sun = (await library.importText(read('sun-peskov.txt'))).clipping.id;
    const wire = (await library.importText(read('wire-geneva.txt'))).clipping.id;
    // As the app does after opening: the rebuild reads texts in batches, letting other work in.
    // Here it reads both clippings as they are now, then waits until the changes are done.
    const archive = (library as unknown as { archive: Archive }).archive;
    const get = archive.get.bind(archive);
    let release = (): void => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    archive.get = async (id) => {
      const clipping = await get(id);
      await gate;
      return clipping;
    };
    const rebuilt = library.reindex();
    archive.get = get;
    await library.tag([sun], ['meanwhile'], []);
    await library.trash([wire]);
    release();
    await rebuilt;
    expect(found('tag:meanwhile')).toEqual([sun]);
    expect(found('plastic pollution')).toEqual([]);
    const after = await stamps();
    expect(after.index).toBe(after.catalogue);
    await library.close();
    library = await openLibrary(archiveDir, { rebuild: 'later' });
    expect(library.indexOutOfStep()).toBe(false);
  });

  it('is rebuilt after a backup is restored', async () => {
    const sun = (await library.importText(read('sun-peskov.txt'), { tags: ['before'] })).clipping.id;
    const wire = (await library.importText(read('wire-geneva.txt'))).clipping.id;
    await library.close();
    const backup = await backupArchive(archiveDir);
    library = await openLibrary(archiveDir);
    const dpa = (await library.importText(read('dpa-berlin-de.txt'))).clipping.id;
    await library.tag([sun], ['after'], ['before']);
    await library.trash([wire]);
    expect(found('tag:after')).toEqual([sun]);
    await library.close();

    await restoreBackup(archiveDir, backup.name);
    library = await openLibrary(archiveDir);
    expect(found('tag:before')).toEqual([sun]);
    expect(found('tag:after')).toEqual([]);
    expect(found('plastic pollution')).toEqual([wire]);
    expect(found('bahnstreik')).toEqual([]);
    expect(library.search('').hits.map((h) => h.id)).not.toContain(dpa);
  });
});

describe('is:duplicate', () => {
  it('marks clippings sharing a headline, and follows imports, edits, trash and restore', async () => {
    const text = read('sun-peskov.txt');
    const first = (await library.importText(text)).clipping;
    expect(found('is:duplicate')).toEqual([]);
    // The same story printed by another paper: the headline is the same, the text is not.
    const paragraphs = text.split(/\n\s*\n/);
    const shorter = paragraphs.slice(0, -2).join('\n\n');
    const second = (await library.importText(shorter)).clipping;
    expect(second.id).not.toBe(first.id);
    expect(second.title.toLowerCase()).toBe(first.title.toLowerCase());
    expect(found('is:duplicate')).toEqual([first.id, second.id].sort());
    expect(found('is:duplicate -peskov')).toEqual([]);
    await library.importText(read('wire-geneva.txt'));
    expect(found('is:duplicate')).toHaveLength(2);

    // Tags and notes keep the mark (taken from the index), also in a session that has not
    // worked out the headlines yet.
    await library.close();
    library = await openLibrary(archiveDir);
    await library.tag([first.id], ['kremlin'], []);
    await library.update(second.id, { notes: 'the shorter print' });
    expect(found('is:duplicate')).toEqual([first.id, second.id].sort());
    expect(found('is:duplicate tag:kremlin')).toEqual([first.id]);

    await library.trash([second.id]);
    expect(found('is:duplicate')).toEqual([]);
    await library.restore([second.id]);
    expect(found('is:duplicate')).toEqual([first.id, second.id].sort());

    await library.update(second.id, { title: 'Kremlin sees progress, Sun reports' });
    expect(found('is:duplicate')).toEqual([]);
    // Case, accents and punctuation do not make headlines different.
    await library.update(second.id, { title: `${first.title.toUpperCase()}!` });
    expect(found('is:duplicate')).toEqual([first.id, second.id].sort());

    // A rebuild (cuttings reindex) works it out from the catalogue alone.
    await library.reindex();
    expect(found('is:duplicate')).toEqual([first.id, second.id].sort());
  });
});
