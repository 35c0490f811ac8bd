import { CuttingsError } from '../../../shared/errors';
import { searchSortSchema } from '../../../shared/sort';
import type { Command } from '../command';
import { parseCount } from '../numbers';

export const searchCommand: Command = {
  name: 'search',
  summary: 'Search the archive; prints hits best first (see the README for the query language)',
  usage: `"QUERY" [--limit N] [--sort ${searchSortSchema.options.join('|')}] [--json] [--save NAME]`,
  options: { limit: { type: 'string' }, sort: { type: 'string' }, save: { type: 'string' } },
  readOnly: (values) => values.save === undefined,
  async run(ctx) {
    if (ctx.positionals.length !== 1) throw new CuttingsError('usage', 'search takes one QUERY (quote it).');
    if (typeof ctx.values.save === 'string') {
      const saved = await (await ctx.library()).saveSearch(ctx.values.save, ctx.positionals[0] as string);
      if (ctx.json) ctx.printJson(saved);
      else ctx.print(`Saved search “${saved.name}”: ${saved.query}`);
      return 0;
    }
    const limit = parseCount(ctx.values.limit, 'limit', 20);
    const sorted = searchSortSchema.safeParse(ctx.values.sort ?? 'relevance');
    if (!sorted.success) throw new CuttingsError('usage', `--sort is ${searchSortSchema.options.join(' or ')}.`);
    const sort = sorted.data;
    const result = (await ctx.library()).search(ctx.positionals[0] as string, { limit, sort });
    if (ctx.json) {
      ctx.printJson(result.hits);
      return 0;
    }
    ctx.print(`${result.total} clipping${result.total === 1 ? '' : 's'}${result.didYouMean ? ` (did you mean: ${result.didYouMean})` : ''}`);
    for (const hit of result.hits) {
      const date = (hit.publishedAt ?? hit.capturedAt).slice(0, 10);
      ctx.print(`${hit.id}  ${date}  ${hit.title}${hit.source ? ` — ${hit.source}` : ''}`);
      if (hit.snippet) ctx.print(`    ${hit.snippet.replace(/\s+/g, ' ')}`);
    }
    return 0;
  },
};
