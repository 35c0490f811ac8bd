import path from 'node:path';
import { CuttingsError } from '../../../shared/errors';
import type { Command } from '../command';

export const dossierCommand: Command = {
  name: 'dossier',
  summary: 'Write a PDF dossier of the clippings matching a query (or given ids)',
  usage:
    '(--query Q | --ids ID,ID… | --saved-search NAME) --title T [--save] [-o out.pdf]\n' +
    '        | --id SAVED-DOSSIER-ID [-o out.pdf]\n' +
    '        [--lang CODE] [--issued DATE] [--subtitle S] [--organisation O] [--period P]\n' +
    '        [--editor E] [--classification C] [--summary TEXT] [--paper A4|Letter]\n' +
    '        [--group-by none|tag|source|day] [--order date|source|manual]\n' +
    '        [--page-per-clipping] [--show-tags]',
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
    'saved-search': { type: 'string' },
    id: { type: 'string' },
    save: { type: 'boolean' },
    lang: { type: 'string' },
    issued: { type: 'string' },
    'page-per-clipping': { type: 'boolean' },
    'show-tags': { type: 'boolean' },
  },
  readOnly: (values) => values.save !== true,
  async run(ctx) {
    const v = ctx.values as Record<string, string | undefined>;
    if (ctx.positionals.length > 0) throw new CuttingsError('usage', `dossier takes options only; unexpected "${ctx.positionals[0]}".`);
    const save = ctx.values.save === true;
    if (v.id !== undefined) return reexport(ctx, v.id, v.output);
    if (!v.title?.trim()) throw new CuttingsError('usage', 'dossier needs --title.');
    const sources = [v.query, v.ids, v['saved-search']].filter((x) => x !== undefined).length;
    if (sources !== 1) throw new CuttingsError('usage', 'dossier needs one of --query, --ids or --saved-search.');
    const paper = oneOf(v.paper, 'paper', ['A4', 'Letter'] as const);
    const groupBy = oneOf(v['group-by'], 'group-by', ['none', 'tag', 'source', 'day'] as const);
    const order = oneOf(v.order, 'order', ['date', 'source', 'manual'] as const);
    const outFile = path.resolve(v.output ?? `${slug(v.title)}.pdf`);
    const library = await ctx.library();
    const spec = {
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
        lang: v.lang,
        issuedAt: v.issued,
        ...(ctx.values['page-per-clipping'] === true ? { layout: 'page-per-clipping' as const } : {}),
        ...(ctx.values['show-tags'] === true ? { showTags: true } : {}),
      };
    const ids = v.ids?.split(',').map((s) => s.trim()).filter(Boolean);
    const searchId = v['saved-search'] === undefined ? undefined : savedSearchId(library.savedSearches(), v['saved-search']);
    const result = await library.exportDossier({
      spec,
      ids,
      query: v.query,
      savedSearchId: searchId,
      outFile,
      onProgress: (done, total) => {
        if (ctx.io.interactive) ctx.io.stderr.write(`\rWriting ${done}/${total}…`);
      },
    });
    if (ctx.io.interactive) ctx.io.stderr.write('\n');
    let savedId: string | undefined;
    if (save) {
      const source = ids ? { kind: 'ids' as const, ids } : searchId ? { kind: 'saved-search' as const, searchId } : { kind: 'query' as const, query: v.query ?? '' };
      savedId = (await library.saveDossier({ spec, source })).id;
    }
    if (ctx.json) ctx.printJson(savedId ? { ...result, dossierId: savedId } : result);
    else ctx.print(`Wrote ${result.file} (${result.clippings} clippings, ${result.pages} pages).${savedId ? ` Saved as dossier ${savedId}.` : ''}`);
    return 0;
  },
};

/** Re-exports a saved dossier with its stored spec and source (its clippings as they are now). */
async function reexport(ctx: Parameters<Command['run']>[0], id: string, output: string | undefined): Promise<number> {
  const library = await ctx.library();
  const saved = library.savedDossiers().find((d) => d.id === id);
  if (!saved) throw new CuttingsError('not-found', `There is no saved dossier with id ${id}.`);
  const result = await library.exportDossier({ dossierId: id, outFile: path.resolve(output ?? `${slug(saved.spec.title)}.pdf`) });
  if (ctx.json) ctx.printJson(result);
  else ctx.print(`Wrote ${result.file} (${result.clippings} clippings, ${result.pages} pages).`);
  return 0;
}

function savedSearchId(list: ReadonlyArray<{ id: string; name: string }>, name: string): string {
  const found = list.find((s) => s.name.toLowerCase() === name.trim().toLowerCase()) ?? list.find((s) => s.id === name);
  if (!found) throw new CuttingsError('not-found', `There is no saved search “${name}”.`);
  return found.id;
}

function oneOf<T extends string>(value: string | undefined, name: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!found) throw new CuttingsError('usage', `--${name} is one of ${allowed.join(', ')}; not "${value}".`);
  return found;
}

const slug = (title: string): string =>
  title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase() || 'dossier';
