import { stat } from 'node:fs/promises';
import { CuttingsError } from '../../../shared/errors';
import type { ImportOutcome } from '../../../shared/clipping';
import type { Command, CommandContext } from '../command';
import { withPlainNames } from './show';
import { readStdin } from '../stdin';
import type { Library } from '../../main/library';
import { PRINT_OPTIONS, printOptions, printProgress } from './import-print';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import an article: a file (.txt, .html, .mhtml, .eml, .msg, .docx; a PDF, scan or photo with OCR), - for standard input, a URL, or a folder',
  usage:
    'FILE|-|URL|FOLDER [--tag T]... [--json]\n' +
    '  PDFs and images: [--lang L]... [--source NAME] [--page P] [--edition E] [--date YYYY-MM-DD] [--pages 1,3] [--region PAGE:X0,Y0,X1,Y1]',
  options: { tag: { type: 'string', multiple: true }, ...PRINT_OPTIONS },
  readOnly: false,
  async run(ctx) {
    const [input, ...extra] = ctx.positionals;
    if (!input) throw new CuttingsError('usage', 'import needs a FILE, - (standard input), a URL or a FOLDER.');
    if (extra.length > 0) throw new CuttingsError('usage', `import takes one input; got also "${extra[0]}".`);
    const tags = (ctx.values.tag as string[] | undefined) ?? [];
    // Capture before the archive is opened: bad input fails without touching the archive.
    const { captureClipboard, captureFile, captureUrl } = await import('../../main/capture');
    if (/^https?:\/\//i.test(input)) return store(ctx, await captureUrl(input), tags);
    if (input === '-') {
      const { MAX_PASTE_CHARS } = await import('../../../shared/ipc/contract');
      return store(ctx, await captureClipboard(await readStdin(ctx.io.stdin, MAX_PASTE_CHARS * 3)), tags);
    }
    const info = await stat(input).catch(() => null);
    if (!info) throw new CuttingsError('not-found', `There is no file "${input}".`);
    if (info.isDirectory()) return importFolder(ctx, input, tags);
    const print = printOptions(ctx);
    const progress = printProgress(ctx);
    try {
      return await store(ctx, await captureFile(input, { print: { ...print, onProgress: progress.onProgress } }), tags);
    } finally {
      progress.finish();
    }
  },
};

async function store(ctx: CommandContext, article: Parameters<Library['add']>[0], tags: string[]): Promise<number> {
  const { clipping, duplicate, attachments = [] }: ImportOutcome = await (await ctx.library()).add(article, tags);
  if (ctx.json) ctx.printJson({ ...withPlainNames(clipping), duplicate, ...(attachments.length ? { attachments } : {}) });
  else {
    ctx.print(`${duplicate ? 'Already in the archive' : 'Imported'}: ${clipping.id}  ${clipping.title}`);
    for (const a of attachments) {
      if (a.id) ctx.print(`  attachment ${a.file}: ${a.duplicate ? 'already in the archive' : 'imported'}: ${a.id}`);
      else ctx.print(`  attachment ${a.file}: not imported: ${a.error ?? 'unknown reason'}`);
    }
  }
  // The e-mail itself is in; an attachment that could not be is a failure the exit status tells.
  return attachments.some((a) => !a.id) ? 1 : 0;
}

async function importFolder(ctx: CommandContext, folder: string, tags: string[]): Promise<number> {
  const library = await ctx.library();
  let lastLine = 0;
  const summary = await library.importFolder(folder, {
    tags,
    onProgress: ({ done, total }) => {
      const now = Date.now();
      if (ctx.io.interactive) ctx.io.stderr.write(`\rImporting ${done}/${total}…`);
      else if (now - lastLine > 2000 || done === total) {
        ctx.io.stderr.write(`Importing ${done}/${total}\n`);
        lastLine = now;
      }
    },
  });
  if (ctx.io.interactive) ctx.io.stderr.write('\n');
  if (ctx.json) ctx.printJson(summary);
  else {
    ctx.print(`Imported ${summary.imported.length}, duplicates ${summary.duplicates.length}, failed ${summary.failed.length}.`);
    for (const failure of summary.failed) ctx.print(`  failed: ${failure.file}: ${failure.reason}`);
  }
  return summary.failed.length > 0 ? 1 : 0;
}
