/** `cuttings searches` and `cuttings dossiers`: what the archive keeps by name. */
import { CuttingsError } from '../../../shared/errors';
import type { Command } from '../command';

export const searchesCommand: Command = {
  name: 'searches',
  summary: 'List the saved searches, or delete one (--delete NAME)',
  usage: '[--json] [--delete NAME]',
  options: { delete: { type: 'string' } },
  readOnly: (values) => values.delete === undefined,
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new CuttingsError('usage', 'searches takes options only.');
    const library = await ctx.library();
    const doomed = ctx.values.delete;
    if (typeof doomed === 'string') {
      const deleted = await library.deleteSearch(doomed);
      if (deleted === 0) throw new CuttingsError('not-found', `There is no saved search “${doomed}”.`);
      if (ctx.json) ctx.printJson({ deleted });
      else ctx.print(`Deleted saved search “${doomed}”.`);
      return 0;
    }
    const list = library.savedSearches();
    if (ctx.json) ctx.printJson(list);
    else for (const s of list) ctx.print(`${s.name}\t${s.query}`);
    return 0;
  },
};

export const dossiersCommand: Command = {
  name: 'dossiers',
  summary: 'List the saved dossiers (re-export one with: dossier --id ID -o out.pdf)',
  usage: '[--json]',
  options: {},
  readOnly: true,
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new CuttingsError('usage', 'dossiers takes options only.');
    const list = (await ctx.library()).savedDossiers();
    if (ctx.json) ctx.printJson(list);
    else
      for (const d of list) {
        const s = d.source;
        const from = s.kind === 'ids' ? `${s.ids.length} clippings` : s.kind === 'query' ? `query ${s.query}` : `saved search ${s.searchId}`;
        ctx.print(`${d.id}  ${d.updatedAt.slice(0, 10)}  ${d.spec.title}  (${from})`);
      }
    return 0;
  },
};
