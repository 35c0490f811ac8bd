import { CuttingsError } from '../../../shared/errors';
import type { Clipping, ClippingLinks, LinkedClipping } from '../../../shared/clipping';
import type { Command } from '../command';

export const showCommand: Command = {
  name: 'show',
  summary: 'Print one clipping with its metadata and text',
  usage: 'ID [--json]',
  options: {},
  readOnly: true,
  async run(ctx) {
    if (ctx.positionals.length !== 1) throw new CuttingsError('usage', 'show takes one clipping ID.');
    const library = await ctx.library();
    const clipping = await library.get(ctx.positionals[0] as string);
    if (ctx.json) ctx.printJson(withPlainNames(clipping));
    else ctx.print(formatClipping(clipping, library.links(clipping.id)));
    return 0;
  },
};

/**
 * The clipping as JSON, with `date` and `language` beside `publishedAt` and `lang`, so a script
 * reading title, source, author, date, dateline and language finds each under its plain name.
 */
export function withPlainNames<T extends Pick<Clipping, 'publishedAt' | 'lang'>>(c: T): T & { date: string | null; language: string | null } {
  return { ...c, date: c.publishedAt, language: c.lang };
}

export function formatClipping(c: Clipping, links?: ClippingLinks): string {
  const line = (label: string, value: string | null | undefined): string[] => (value ? [`${label}: ${value}`] : []);
  const listed = (items: LinkedClipping[] = []): string =>
    items.map((l) => `${l.id} ${l.title}${l.trashed ? ' (in the trash)' : ''}`).join('; ');
  return [
    c.title,
    '',
    ...line('Id', c.id),
    ...line('Source', c.source),
    ...line('Author', c.author),
    ...line('Dateline', c.dateline),
    ...line('Published', c.publishedAt),
    ...line('Captured', c.capturedAt),
    ...line('Language', c.lang),
    ...line('URL', c.url),
    ...line('Tags', c.tags.join(', ')),
    ...line('Attachments', listed(links?.attachments)),
    ...line('Attached to', listed(links?.attachedTo)),
    ...line('Damaged', c.damage),
    '',
    c.text,
  ].join('\n');
}
