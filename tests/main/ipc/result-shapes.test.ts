/**
 * What the real handlers answer has the shapes `shared/` declares: each result crossing IPC
 * (and printed by `cuttings --json`) is parsed with its schema, strictly, so a field added on
 * one side only — the drift those schemas exist to stop — fails here.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backupInfoSchema, restoreResultSchema } from '../../../shared/backups';
import { dossierExportSchema, dossierPreviewSchema } from '../../../shared/dossier';
import { batchImportSummarySchema } from '../../../shared/imports';
import { settingsViewSchema } from '../../../shared/settings';
import { restoreBackup } from '../../../electron/main/archive';
import { createDispatcher, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { openLibrary, type Library } from '../../../electron/main/library';
import { tempDir } from '../archive/helpers';

const PASTE = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/paste/sun-peskov.txt'), 'utf8');

let dir: string;
let cleanup: () => Promise<void>;
let library: Library;
let dispatch: Dispatch;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  library = await openLibrary(path.join(dir, 'archive'), { dailyBackup: 'off' });
  dispatch = createDispatcher(library);
});
afterAll(async () => {
  await library.close();
  await cleanup();
});

/** The value of a successful call, parsed strictly with `schema`. */
async function call<S extends z.ZodType>(schema: S, channel: string, args: unknown = {}): Promise<z.infer<S>> {
  const reply = await dispatch(channel, args);
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
  const strict = schema instanceof z.ZodObject ? schema.strict() : schema;
  return strict.parse(reply.value) as z.infer<S>;
}

describe('results have the shapes shared/ declares', () => {
  it('batch imports, dossier previews and exports, settings and backups', async () => {
    const file = path.join(dir, 'sun.txt');
    await writeFile(file, PASTE);
    const summary = await call(batchImportSummarySchema, 'clippings.importFiles', { paths: [file, path.join(dir, 'missing.txt')] });
    expect(summary.imported).toHaveLength(1);
    expect(summary.failed).toHaveLength(1);

    const ids = summary.imported;
    const preview = await call(dossierPreviewSchema, 'dossier.preview', { spec: { title: 'Review' }, ids });
    expect(preview.clippings).toBe(1);
    const exported = await call(dossierExportSchema, 'dossier.export', { spec: { title: 'Обзор прессы' }, ids });
    expect(path.basename(exported.file)).toBe('Обзор-прессы.pdf');
    expect(exported.pages).toBe(preview.pages);

    await call(settingsViewSchema, 'settings.get');
    const backup = await call(backupInfoSchema, 'backups.create');
    expect(backup.kind).toBe('manual');
    await call(z.array(backupInfoSchema.strict()), 'backups.list');

    await library.close();
    restoreResultSchema.strict().parse(await restoreBackup(library.dir, backup.name));
    library = await openLibrary(library.dir, { dailyBackup: 'off' });
  });
});
