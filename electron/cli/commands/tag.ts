import { CuttingsError } from '../../../shared/errors';
import type { Command } from '../command';

export const tagCommand: Command = {
  name: 'tag',
  summary: 'Add and remove tags on one or more clippings (one write)',
  usage: 'ID... [--add T]... [--remove T]... [--json]',
  options: { add: { type: 'string', multiple: true }, remove: { type: 'string', multiple: true } },
  readOnly: false,
  async run(ctx) {
    const add = (ctx.values.add as string[] | undefined) ?? [];
    const remove = (ctx.values.remove as string[] | undefined) ?? [];
    if (ctx.positionals.length === 0) throw new CuttingsError('usage', 'tag needs at least one clipping ID.');
    if (add.length + remove.length === 0) throw new CuttingsError('usage', 'tag needs --add T or --remove T.');
    for (const t of [...add, ...remove]) {
      if (!/^[^\s,]{1,64}$/.test(t.trim())) {
        throw new CuttingsError('usage', `"${t}" is not a tag: tags are 1–64 characters without spaces or commas.`);
      }
    }
    const library = await ctx.library();
    for (const id of ctx.positionals) await library.get(id); // unknown ids fail before any write
    await library.tag(ctx.positionals, add, remove);
    const clippings = await Promise.all(ctx.positionals.map((id) => library.get(id)));
    if (ctx.json) ctx.printJson(clippings.map((c) => ({ id: c.id, tags: c.tags })));
    else for (const c of clippings) ctx.print(`${c.id}  ${c.tags.join(', ') || '(no tags)'}`);
    return 0;
  },
};
