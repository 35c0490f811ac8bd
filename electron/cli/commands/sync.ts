import { CuttingsError } from '../../../shared/errors';
import type { Command, CommandContext } from '../command';
import type { SyncReport } from '../../main/sync';

export const syncCommand: Command = {
  name: 'sync',
  summary: 'Share the archive through a CouchDB server: send and receive changes once, then exit',
  usage: 'URL [--user NAME] [--device NAME]   (password in the URL or $CUTTINGS_SYNC_PASSWORD)',
  options: {
    user: { type: 'string' },
    device: { type: 'string' },
  },
  readOnly: false,
  async run(ctx) {
    const [address, ...extra] = ctx.positionals;
    if (!address || extra.length > 0)
      throw new CuttingsError(
        'usage',
        'sync needs one server address, like https://couch.example.org/cuttings.',
      );
    // Loaded on use: `cuttings search` never pays for PouchDB.
    const { parseRemote, syncArchive } = await import('../../main/sync');
    const user = typeof ctx.values.user === 'string' ? ctx.values.user : null;
    const spec = parseRemote(address, user, ctx.io.env.CUTTINGS_SYNC_PASSWORD ?? null);
    const device = typeof ctx.values.device === 'string' ? ctx.values.device : undefined;
    const library = await ctx.library();
    // Ctrl+C stops between two batches: what was done is kept, and the next sync goes on from there.
    const stop = new AbortController();
    const interrupt = (): void => stop.abort();
    process.once('SIGINT', interrupt);
    try {
      const report = await syncArchive(library, spec, {
        device,
        signal: stop.signal,
        onProgress: (p) => {
          if (ctx.io.interactive)
            ctx.io.stderr.write(`\r${p.phase === 'receive' ? 'Receiving' : 'Sending'} ${p.done}/${p.total}…`);
        },
      });
      if (ctx.io.interactive) ctx.io.stderr.write('\n');
      printReport(ctx, report);
      return 0;
    } finally {
      process.off('SIGINT', interrupt);
    }
  },
};

function printReport(ctx: CommandContext, report: SyncReport): void {
  if (ctx.json) {
    ctx.printJson(report);
    return;
  }
  ctx.print(
    `Synced with ${report.remote}: received ${report.received} change${report.received === 1 ? '' : 's'} (${report.newClippings} new clipping${report.newClippings === 1 ? '' : 's'}), sent ${report.sent}.`,
  );
  for (const r of report.replaced)
    ctx.print(
      `Both changed ${r.docId} ${r.field}: kept ${r.replacedBy}'s edit; ${r.by}'s (${JSON.stringify(r.value)}) is kept in the shared copy.`,
    );
  for (const s of report.skipped) ctx.print(`Left out: ${s}`);
}
