import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dossierSpecSchema, findSavedSearch, type DossierSource, type DossierSpec } from '../../../shared/dossier';
import { CuttingsError } from '../../../shared/errors';
import { logoKind } from '../../main/settings/logo';
import { fileSlug } from '../../../shared/file-name';
import type { Library } from '../../main/library';
import type { Command, Values } from '../command';

export const dossierCommand: Command = {
  name: 'dossier',
  summary: 'Write a PDF dossier of the clippings matching a query (or given ids)',
  usage:
    '(--query Q | --ids ID,ID… | --saved-search NAME) --title T [--save] [-o out.pdf]\n' +
    '        | --id SAVED-DOSSIER-ID [-o out.pdf]\n' +
    '        [--lang CODE] [--issued DATE] [--subtitle S] [--organisation O] [--period P]\n' +
    '        [--editor E] [--classification C] [--summary TEXT] [--paper A4|Letter]\n' +
    '        [--group-by none|tag|source|day] [--order date|source|manual]\n' +
    '        [--page-per-clipping] [--show-tags] [--logo FILE.png|jpg]\n' +
    '        [--printed text|facsimile|both]',
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
    logo: { type: 'string' },
    'show-tags': { type: 'boolean' },
    printed: { type: 'string' },
  },
  readOnly: (values) => values.save !== true,
  async run(ctx) {
    const v = ctx.values as Record<string, string | undefined>;
    if (ctx.positionals.length > 0) throw new CuttingsError('usage', `dossier takes options only; unexpected "${ctx.positionals[0]}".`);
    const library = await ctx.library();
    if (v.id !== undefined) return reexport(ctx, library, v.id, v.output);
    if (v.title === undefined) throw new CuttingsError('usage', 'dossier needs --title.');
    const sources = [v.query, v.ids, v['saved-search']].filter((x) => x !== undefined).length;
    if (sources !== 1) throw new CuttingsError('usage', 'dossier needs one of --query, --ids or --saved-search.');
    const spec = specFromOptions(ctx.values);
    const ids = v.ids?.split(',').map((s) => s.trim()).filter(Boolean);
    const search = v['saved-search'] === undefined ? undefined : findSavedSearch(library.savedSearches(), v['saved-search']);
    if (v['saved-search'] !== undefined && !search) throw new CuttingsError('not-found', `There is no saved search “${v['saved-search']}”.`);
    const logo = v.logo === undefined ? undefined : await checkedLogo(v.logo);
    const result = await library.exportDossier({
      spec,
      ids,
      organisation: logo ? { name: null, logo } : undefined,
      query: v.query,
      savedSearchId: search?.id,
      outFile: path.resolve(v.output ?? `${fileSlug(spec.title)}.pdf`),
      onProgress: (done, total) => {
        if (ctx.io.interactive) ctx.io.stderr.write(`\rWriting ${done}/${total}…`);
      },
    });
    if (ctx.io.interactive) ctx.io.stderr.write('\n');
    let savedId: string | undefined;
    if (ctx.values.save === true) {
      const source: DossierSource = ids
        ? { kind: 'ids', ids }
        : search
          ? { kind: 'saved-search', searchId: search.id }
          : { kind: 'query', query: v.query ?? '' };
      savedId = (await library.saveDossier({ spec, source })).id;
    }
    if (ctx.json) ctx.printJson(savedId ? { ...result, dossierId: savedId } : result);
    else ctx.print(`Wrote ${result.file} (${result.clippings} clippings, ${result.pages} pages).${savedId ? ` Saved as dossier ${savedId}.` : ''}`);
    return 0;
  },
};

/** Option names as the user types them, for messages about the spec's fields. */
const OPTION_OF: Record<string, string> = { groupBy: 'group-by', issuedAt: 'issued' };

/**
 * The spec the options describe, checked by the same schema as the app's requests; a value it
 * refuses is a usage error naming the option. Choices are matched regardless of case (`--paper a4`).
 */
function specFromOptions(values: Values): DossierSpec {
  const v = values as Record<string, string | undefined>;
  const choice = <T extends string>(value: string | undefined, allowed: readonly T[]): string | undefined =>
    allowed.find((a) => a.toLowerCase() === value?.toLowerCase()) ?? value;
  const shape = dossierSpecSchema.shape;
  const parsed = dossierSpecSchema.safeParse({
    title: v.title,
    subtitle: v.subtitle,
    organisation: v.organisation,
    period: v.period,
    editor: v.editor,
    classification: v.classification,
    summary: v.summary,
    paper: choice(v.paper, shape.paper.unwrap().options),
    groupBy: choice(v['group-by'], shape.groupBy.unwrap().options),
    order: choice(v.order, shape.order.unwrap().options),
    lang: v.lang,
    issuedAt: v.issued,
    layout: values['page-per-clipping'] === true ? 'page-per-clipping' : undefined,
    showTags: values['show-tags'] === true ? true : undefined,
    printed: choice(v.printed, shape.printed.unwrap().options),
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? 'title');
  throw new CuttingsError('usage', `--${OPTION_OF[field] ?? field}: ${issue?.message ?? 'not a valid value'}.`);
}

/** Re-exports a saved dossier with its stored spec and source (its clippings as they are now). */
async function reexport(ctx: Parameters<Command['run']>[0], library: Library, id: string, output: string | undefined): Promise<number> {
  const { spec } = library.resolveDossier({ dossierId: id });
  const result = await library.exportDossier({ dossierId: id, outFile: path.resolve(output ?? `${fileSlug(spec.title)}.pdf`) });
  if (ctx.json) ctx.printJson(result);
  else ctx.print(`Wrote ${result.file} (${result.clippings} clippings, ${result.pages} pages).`);
  return 0;
}

/** The logo file for the cover, checked (a PNG or JPEG under 1 MB) before any layout starts. */
async function checkedLogo(file: string): Promise<string> {
  const full = path.resolve(file);
  let data: Buffer;
  try {
    data = await readFile(full);
  } catch (err) {
    throw new CuttingsError('invalid-input', `Cannot read the logo ${full}: ${(err as Error).message}`);
  }
  logoKind(data);
  return full;
}
