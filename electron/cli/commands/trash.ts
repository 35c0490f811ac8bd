import { CuttingsError } from '../../../shared/errors';
import type { Command } from '../command';

const idsOrUsage = (ids: string[], name: string): string[] => {
  if (ids.length === 0) throw new CuttingsError('usage', `${name} needs at least one clipping ID.`);
  return ids;
};

export const trashCommand: Command = {
  name: 'trash',
  summary: 'Move clippings to the trash (restore them with `cuttings restore-clipping`)',
  usage: 'ID...',
  options: {},
  readOnly: false,
  async run(ctx) {
    const library = await ctx.library();
    const ids = idsOrUsage(ctx.positionals, 'trash');
    for (const id of ids) await library.get(id);
    const n = await library.trash(ids);
    if (ctx.json) ctx.printJson({ trashed: n });
    else ctx.print(`Moved ${n} clipping${n === 1 ? '' : 's'} to the trash.`);
    return 0;
  },
};

export const untrashCommand: Command = {
  name: 'restore-clipping',
  summary: 'Take clippings out of the trash',
  usage: 'ID...',
  options: {},
  readOnly: false,
  async run(ctx) {
    const library = await ctx.library();
    const ids = idsOrUsage(ctx.positionals, 'restore-clipping');
    for (const id of ids) await library.get(id);
    const n = await library.restore(ids);
    if (ctx.json) ctx.printJson({ restored: n });
    else ctx.print(`Restored ${n} clipping${n === 1 ? '' : 's'}.`);
    return 0;
  },
};
