import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { headlessShell, noRecovery, noRestore } from '../../../electron/main/ipc/services';
import { AppSession } from '../../../electron/main/session';
import { flat, missingPdfTools, pdfText } from '../dossier/pdf-tools';
import { makePng } from '../dossier/sample-clippings';

let dir: string;
let session: AppSession | null = null;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-organisation-'));
});
afterEach(async () => {
  await session?.close();
  session = null;
  await rm(dir, { recursive: true, force: true });
});

const settingsFile = (): string => path.join(dir, 'user', 'settings.json');
const start = async (): Promise<AppSession> => {
  const s = await AppSession.start({ settingsFile: settingsFile(), env: { CUTTINGS_ARCHIVE: path.join(dir, 'archive') }, emit: () => undefined });
  session = s;
  await s.opened; // the catalogue is read after start returns (the window opens meanwhile)
  return s;
};

describe('the organisation on dossier covers (Settings)', () => {
  it('keeps the name and a PNG or JPEG logo across restarts, refuses anything else, and forgets the logo on request', async () => {
    const s = await start();
    const settings = s.settingsService(async () => null);
    expect(settings.view().organisation).toEqual({ name: null, logo: null });
    await settings.update({ organisation: '  Ministry of Foreign Affairs — Press Office ' });
    await expect(settings.setLogo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('PNG or JPEG'),
    });
    await expect(settings.setLogo(Buffer.alloc(1_000_001, 1))).rejects.toMatchObject({ message: expect.stringContaining('1 MB') });
    const view = await settings.setLogo(makePng(120, 40));
    expect(view.organisation.name).toBe('Ministry of Foreign Affairs — Press Office');
    expect(view.organisation.logo).toMatch(/^data:image\/png;base64,/);
    const logo = settings.organisation().logo;
    expect(logo && existsSync(logo)).toBe(true);

    await s.close();
    session = null;
    const again = (await start()).settingsService(async () => null);
    expect(again.view().organisation.name).toBe('Ministry of Foreign Affairs — Press Office');
    expect(again.view().organisation.logo).toMatch(/^data:image\/png/);
    const removed = await again.setLogo(null);
    expect(removed.organisation.logo).toBeNull();
    expect(existsSync(logo ?? '')).toBe(false);
    expect((await again.update({ organisation: '' })).organisation.name).toBeNull();
  });

  it.skipIf(missingPdfTools().length > 0)('puts the name and logo from Settings on the cover of an exported dossier', async () => {
    const s = await start();
    const settings = s.settingsService(async () => null);
    await settings.update({ organisation: 'Press Office' });
    await settings.setLogo(makePng(200, 60));
    const { clipping } = await s.library().importText('Ports reopen after the storm\n\nThe harbour authority said ships could sail again from Tuesday morning.');
    const handlers = createHandlers({
      library: () => s.library(),
      version: 'test',
      shell: headlessShell(() => s.library()),
      settings,
      backups: noRestore,
      recovery: noRecovery,
      indexing: () => null,
      emit: () => undefined,
    });
    const written = await handlers['dossier.export']({ spec: { title: 'Morning review' }, ids: [clipping.id], then: 'nothing' });
    expect(written).not.toBeNull();
    const cover = flat(pdfText(written?.file ?? '', { first: 1, last: 1 }));
    expect(cover).toContain('PRESS OFFICE');
    // The logo is the only picture of the dossier (the clipping has none).
    const { execFileSync } = await import('node:child_process');
    const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', written?.file ?? ''], { encoding: 'utf8' });
    expect(images.trim().split('\n').slice(2)).toHaveLength(1);
    // A dossier naming its own organisation keeps it.
    const own = await handlers['dossier.export']({ spec: { title: 'Other', organisation: 'Embassy' }, ids: [clipping.id], then: 'nothing' });
    expect(flat(pdfText(own?.file ?? '', { first: 1, last: 1 }))).toContain('EMBASSY');
  });
});
