import path from 'node:path';
import { CuttingsError } from '../../../shared/errors';
import type { Command } from '../command';

export const dossierCommand: Command = {
  name: 'dossier',
  summary: 'Write a PDF dossier of the clippings matching a query (or given ids)',
  usage:
    '(--query Q | --ids ID,ID…) --title T [-o out.pdf] [--subtitle S] [--organisation O] [--period P]\n' +
    '        [--editor E] [--classification C] [--summary TEXT] [--paper A4|Letter]\n' +
    '        [--group-by none|tag|source|day] [--order date|source|manual]',
  options: {
    query: { type: 'string' },
    ids: { type: 'string' },
    title: { type: 'string' },
    output: { type: 'string', short: 'o' },
    subtitle: { type: 'string' },
    organisation: { type: 'string' },
    period: { type: 'string' },
    editor: { type: 'string' },
    classification: { type: 'string' },
    summary: { type: 'string' },
    paper: { type: 'string' },
    'group-by': { type: 'string' },
    order: { type: 'string' },
  },
  readOnly: true,
  async run(ctx) {
    const v = ctx.values as Record<string, string | undefined>;
    if (ctx.positionals.length > 0) throw new CuttingsError('usage', `dossier takes options only; unexpected "${ctx.positionals[0]}".`);
    if (!v.title?.trim()) throw new CuttingsError('usage', 'dossier needs --title.');
    if ((v.query === undefined) === (v.ids === undefined)) throw new CuttingsError('usage', 'dossier needs either --query or --ids.');
    const paper = oneOf(v.paper, 'paper', ['A4', 'Letter'] as const);
    const groupBy = oneOf(v['group-by'], 'group-by', ['none', 'tag', 'source', 'day'] as const);
    const order = oneOf(v.order, 'order', ['date', 'source', 'manual'] as const);
    const outFile = path.resolve(v.output ?? `${slug(v.title)}.pdf`);
    const library = await ctx.library();
    const result = await library.exportDossier({
      spec: {
        title: v.title.trim(),
        subtitle: v.subtitle,
        organisation: v.organisation,
        period: v.period,
        editor: v.editor,
        classification: v.classification,
        summary: v.summary,
        paper,
        groupBy,
        order,
      },
      ids: v.ids?.split(',').map((s) => s.trim()).filter(Boolean),
      query: v.query,
      outFile,
      onProgress: (done, total) => {
        if (ctx.io.interactive) ctx.io.stderr.write(`\rWriting ${done}/${total}…`);
      },
    });
    if (ctx.io.interactive) ctx.io.stderr.write('\n');
    if (ctx.json) ctx.printJson(result);
    else ctx.print(`Wrote ${result.file} (${result.clippings} clippings, ${result.pages} pages).`);
    return 0;
  },
};

function oneOf<T extends string>(value: string | undefined, name: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!found) throw new CuttingsError('usage', `--${name} is one of ${allowed.join(', ')}; not "${value}".`);
  return found;
}

const slug = (title: string): string =>
  title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase() || 'dossier';
