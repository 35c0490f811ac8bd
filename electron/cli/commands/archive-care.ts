/**
 * Looking after the archive folder: backups, restore, the consistency check, and moving
 * house (export to one zip file, import it elsewhere). These work on the folder itself,
 * not through the Library, so they run even when the catalogue cannot be opened.
 */
import { CuttingsError } from '../../../shared/errors';
import type { Command } from '../command';

/** The archive's care functions, loaded when one of these commands runs (not for `search`). */
const care = (): Promise<typeof import('../../main/archive')> => import('../../main/archive');

const noArguments = (name: string, positionals: string[]): void => {
  if (positionals.length > 0) throw new CuttingsError('usage', `${name} takes no arguments; got "${positionals[0]}".`);
};

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Write a verified backup of the catalogue now (--list shows the backups)',
  usage: '[--list] [--json]',
  options: { list: { type: 'boolean', default: false } },
  readOnly: true,
  async run(ctx) {
    noArguments('backup', ctx.positionals);
    if (ctx.values.list) {
      const backups = await (await care()).listBackups(ctx.archiveDir);
      if (ctx.json) ctx.printJson(backups);
      else if (backups.length === 0) ctx.print('No backups yet.');
      else for (const b of backups) ctx.print(`${b.name}  ${b.kind}  ${(b.size / 1024).toFixed(0)} KiB`);
      return 0;
    }
    const info = await (await care()).backupArchive(ctx.archiveDir);
    if (ctx.json) ctx.printJson(info);
    else ctx.print(`Backed up to backups/${info.name}.`);
    return 0;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Replace the catalogue with a backup (the newest valid one unless named); the current one is kept aside',
  usage: '[BACKUP-NAME] [--json]',
  options: {},
  readOnly: false,
  async run(ctx) {
    if (ctx.positionals.length > 1) throw new CuttingsError('usage', 'restore takes at most one backup name.');
    const result = await (await care()).recoverFromBackup(ctx.archiveDir, ctx.positionals[0], { owner: 'the cuttings command' });
    await ctx.library(); // opening as the writer rebuilds the search index for the restored catalogue
    if (ctx.json) ctx.printJson(result);
    else {
      ctx.print(`Restored ${result.restored} (${result.clippings} clippings).`);
      if (result.keptAt) ctx.print(`The catalogue it replaced is kept in ${result.keptAt}.`);
      const { describeSinceBackup } = await import('../../main/archive/restore-report');
      for (const line of result.sinceBackup ? describeSinceBackup(result.sinceBackup) : []) ctx.print(line);
    }
    return 0;
  },
};

export const repairCommand: Command = {
  name: 'repair',
  summary: 'Rebuild a damaged or lost catalogue from the clipping folders (saved searches and dossiers come back only with restore)',
  usage: '[--json]',
  options: {},
  readOnly: false,
  async run(ctx) {
    noArguments('repair', ctx.positionals);
    const result = await (await care()).repairFromFolders(ctx.archiveDir, { owner: 'the cuttings command' });
    if (ctx.json) ctx.printJson(result);
    else {
      ctx.print(`Rebuilt the catalogue: ${result.clippings} clippings taken back from their folders.`);
      if (result.keptAt) ctx.print(`The catalogue it replaced is kept in ${result.keptAt}.`);
    }
    return 0;
  },
};

export const checkCommand: Command = {
  name: 'check',
  summary: 'Verify the catalogue against the files; --repair fixes what it safely can',
  usage: '[--repair] [--json]',
  options: { repair: { type: 'boolean', default: false } },
  // --repair writes (and then brings the search index up to date).
  readOnly: (values) => values.repair !== true,
  async run(ctx) {
    noArguments('check', ctx.positionals);
    const { recoverClippingText } = await import('../../main/library/text-recovery');
    const report = await (await care()).checkArchive(ctx.archiveDir, {
      repair: ctx.values.repair === true,
      owner: 'the cuttings command',
      // A missing text.txt is written back from the clipping's original as captured.
      recoverText: recoverClippingText,
    });
    // Re-adopted clippings are in the catalogue now: opening as the writer brings the index up to date.
    if (ctx.values.repair === true && report.problems.some((p) => p.repaired !== null)) await ctx.library();
    if (ctx.json) ctx.printJson(report);
    else {
      ctx.print(`${report.clippings} clippings, ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}.`);
      for (const p of report.problems) {
        ctx.print(`  ${p.kind}: ${p.path ?? p.id ?? ''} — ${p.detail}${p.repaired ? ` (repaired: ${p.repaired})` : ''}`);
      }
    }
    return report.ok ? 0 : 1;
  },
};

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write the whole archive to one zip file, to move it to another machine',
  usage: 'FILE.zip [--json]',
  options: {},
  readOnly: true,
  async run(ctx) {
    const [zip, ...extra] = ctx.positionals;
    if (!zip || extra.length > 0) throw new CuttingsError('usage', 'export takes one FILE.zip.');
    const result = await (await care()).exportArchive(ctx.archiveDir, zip);
    if (ctx.json) ctx.printJson(result);
    else ctx.print(`Exported the archive to ${zip}.`);
    return 0;
  },
};

export const importArchiveCommand: Command = {
  name: 'import-archive',
  summary: 'Unpack an exported archive zip into the archive folder (which must be new or empty)',
  usage: 'FILE.zip [--json]',
  options: {},
  readOnly: false,
  async run(ctx) {
    const [zip, ...extra] = ctx.positionals;
    if (!zip || extra.length > 0) throw new CuttingsError('usage', 'import-archive takes one FILE.zip.');
    const result = await (await care()).importArchiveZip(zip, ctx.archiveDir);
    await ctx.library(); // opening as the writer builds the search index for the new archive
    if (ctx.json) ctx.printJson(result);
    else ctx.print(`Imported ${result.clippings} clippings (${result.files} files) into ${ctx.archiveDir}.`);
    return 0;
  },
};
