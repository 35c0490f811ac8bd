/**
 * Thin wrappers over poppler-utils and qpdf, which read the PDF independently of pdfkit.
 * Tests skip (saying why) where the tools are not installed; CI installs them.
 */
import { execFileSync, spawnSync } from 'node:child_process';

const TOOLS = ['qpdf', 'pdfinfo', 'pdftotext', 'pdffonts', 'pdftoppm'] as const;

/** Names of the missing tools; empty when everything is there. */
export function missingPdfTools(): string[] {
  return TOOLS.filter((tool) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).error !== undefined);
}

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', timeout: 20_000, maxBuffer: 64 * 1024 * 1024 });
}

export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8', timeout: 20_000 });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1]) info[match[1]] = match[2] ?? '';
  }
  return info;
}

/** Text of pages first…last (1-based), or the whole document. */
export function pdfText(file: string, pages?: { first: number; last: number }, layout = false): string {
  const args = ['-enc', 'UTF-8'];
  if (layout) args.push('-layout');
  if (pages) args.push('-f', String(pages.first), '-l', String(pages.last));
  return run('pdftotext', [...args, file, '-']);
}

/** Text of every page (pdftotext ends each page with a form feed), index 0 = page 1. */
export function pdfPages(file: string, layout = false): string[] {
  const pages = pdfText(file, undefined, layout).split('\f');
  if (pages.length > 0 && pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  return lines.map((line) => {
    // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object, id.
    const cols = line.trim().split(/\s+/);
    const emb = cols[cols.length - 5];
    return { name: cols[0] ?? '', type: cols.slice(1, cols.length - 6).join(' '), embedded: emb === 'yes' };
  });
}

export interface OutlineEntry {
  title: string;
  destpageposfrom1: number;
  kids: OutlineEntry[];
}

export function pdfOutline(file: string): OutlineEntry[] {
  const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=outlines', file])) as {
    outlines: OutlineEntry[];
  };
  return json.outlines;
}

/** Every object of the file as qpdf's JSON text, for looking for keys such as `/SMask`. */
export function qpdfObjects(file: string): string {
  return run('qpdf', ['--json=2', '--json-key=qpdf', file]);
}

/** The document catalogue as qpdf sees it (e.g. `/Lang`, `/StructTreeRoot`, `/MarkInfo`). */
export function pdfCatalog(file: string): Record<string, unknown> {
  const json = JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', file])) as {
    qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
  };
  const objects = json.qpdf[1];
  const rootRef = String(objects.trailer?.value?.['/Root'] ?? '');
  return objects[`obj:${rootRef}`]?.value ?? {};
}

/** Renders pages as PNGs named `<prefix>-N.png` (N zero-padded by pdftoppm). */
export function renderPages(
  file: string,
  prefix: string,
  options: { first?: number; last?: number; dpi?: number } = {},
): void {
  const args = ['-png', '-r', String(options.dpi ?? 60)];
  if (options.first) args.push('-f', String(options.first));
  if (options.last) args.push('-l', String(options.last));
  run('pdftoppm', [...args, file, prefix]);
}

/** Collapses whitespace so text wrapped across lines compares with the original. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
