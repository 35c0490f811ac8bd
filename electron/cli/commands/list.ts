import { CuttingsError } from '../../../shared/errors';
import type { Command } from '../command';
import { parseCount } from '../numbers';

export const listCommand: Command = {
  name: 'list',
  summary: 'List clippings, newest first (--trashed for the trash)',
  usage: '[--limit N] [--trashed] [--json]',
  options: { limit: { type: 'string' }, trashed: { type: 'boolean', default: false } },
  readOnly: true,
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new CuttingsError('usage', 'list takes no arguments.');
    const limit = parseCount(ctx.values.limit, 'limit', 50);
    const { total, items } = (await ctx.library()).list({ limit, trashed: ctx.values.trashed === true });
    if (ctx.json) ctx.printJson(items);
    else {
      ctx.print(`${total} clipping${total === 1 ? '' : 's'}`);
      for (const c of items) ctx.print(`${c.id}  ${(c.publishedAt ?? c.capturedAt).slice(0, 10)}  ${c.title}`);
    }
    return 0;
  },
};
