/**
 * `cuttings import` options for print clippings (PDFs, scans, photos): OCR languages, the
 * publication, its page and edition, the date, which pages of a PDF, and a region of a page.
 */
import path from 'node:path';
import { CuttingsError } from '../../../shared/errors';
import { printImportOptionsSchema, type PrintImportOptions } from '../../../shared/print';
import type { PrintProgress } from '../../main/capture/print';
import type { CommandContext, OptionSpec } from '../command';

export const PRINT_OPTIONS: OptionSpec = {
  lang: { type: 'string', multiple: true },
  source: { type: 'string' },
  page: { type: 'string' },
  edition: { type: 'string' },
  date: { type: 'string' },
  pages: { type: 'string' },
  region: { type: 'string' },
};

/** The print options given on the command line, checked; the archive's own OCR data folder. */
export function printOptions(ctx: CommandContext): PrintImportOptions & { ocrDataDir: string } {
  const v = ctx.values;
  const pages = typeof v.pages === 'string' ? v.pages.split(',').map((p) => Number(p.trim())) : undefined;
  let region;
  if (typeof v.region === 'string') {
    const m = /^(\d+):([\d.]+),([\d.]+),([\d.]+),([\d.]+)$/.exec(v.region.trim());
    if (!m) throw new CuttingsError('usage', '--region is PAGE:X0,Y0,X1,Y1 in fractions of the page, e.g. 1:0,0.1,0.5,0.9.');
    const [, page, x0, y0, x1, y1] = m.map(Number) as number[];
    region = { page, x0, y0, x1, y1 };
  }
  const parsed = printImportOptionsSchema.safeParse({
    langs: v.lang,
    source: v.source,
    page: v.page,
    edition: v.edition,
    publishedAt: v.date,
    pages,
    region,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'option');
    throw new CuttingsError('usage', `--${field === 'publishedAt' ? 'date' : field === 'langs' ? 'lang' : field}: ${issue?.message ?? 'not valid'}`);
  }
  return { ...parsed.data, ocrDataDir: path.join(ctx.archiveDir, 'ocr-data') };
}

/** Progress of a slow PDF or scan on stderr: one redrawn line on a terminal, a line every few seconds otherwise. */
export function printProgress(ctx: CommandContext): { onProgress: (p: PrintProgress) => void; finish: () => void } {
  // Scripts get a line only once a file has taken a while (OCR), then one every 5 seconds.
  let last = ctx.io.interactive ? 0 : Date.now();
  let drawn = false;
  return {
    onProgress: ({ fraction, label }) => {
      const now = Date.now();
      if (now - last < (ctx.io.interactive ? 200 : 5000)) return;
      last = now;
      const line = `${label} ${Math.round(fraction * 100)}%`;
      ctx.io.stderr.write(ctx.io.interactive ? `\r${line.slice(0, 78).padEnd(78)}` : `${line}\n`);
      drawn = true;
    },
    finish: () => {
      if (drawn && ctx.io.interactive) ctx.io.stderr.write(`\r${' '.repeat(78)}\r`);
    },
  };
}
