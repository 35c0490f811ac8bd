import type { Command } from '../command';

export const reindexCommand: Command = {
  name: 'reindex',
  summary: 'Rebuild the search index from the catalogue',
  usage: '',
  options: {},
  readOnly: false,
  async run(ctx) {
    const library = await ctx.library();
    const n = await library.reindex((done, total) => {
      if (ctx.io.interactive && (done % 500 === 0 || done === total)) ctx.io.stderr.write(`\rIndexing ${done}/${total}…`);
    });
    if (ctx.io.interactive) ctx.io.stderr.write('\n');
    if (ctx.json) ctx.printJson({ indexed: n });
    else ctx.print(`Indexed ${n} clipping${n === 1 ? '' : 's'}.`);
    return 0;
  },
};
