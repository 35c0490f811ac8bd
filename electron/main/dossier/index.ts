/**
 * PDF dossiers (press reviews) with pdfkit: a cover, a linked table of contents, bookmarks,
 * one clipping per article start with its source panel, images and body, and a running
 * header and footer. Pure Node: the app, the CLI and the tests all call {@link writeDossier}.
 */
import path from 'node:path';
import { dossierSpecSchema, specProblem } from '../../../shared/dossier';
import { CuttingsError } from '../../../shared/errors';
import { defaultFontsDir } from './fonts';
import { openPending } from './output';
import { renderDossier, throwIfCancelled } from './render';
import type { DossierClipping, DossierOptions, DossierResult, DossierSpec } from './types';

export type { DossierClipping, DossierOptions, DossierResult, DossierSpec } from './types';
export { defaultFontsDir } from './fonts';
export { planSections } from './plan';

/**
 * Writes `items` as a PDF dossier to `outFile`. The file appears only when complete: the PDF
 * is written to a temporary file beside it and renamed at the end. Throws `CuttingsError`:
 * `invalid-input` (no title or no clippings), `io` (the target cannot be written),
 * `cancelled` (the signal was aborted; nothing is left behind), `internal` (fonts missing).
 */
export async function writeDossier(
  given: DossierSpec,
  items: DossierClipping[],
  outFile: string,
  options: DossierOptions = {},
): Promise<DossierResult> {
  // The one check of a spec (the IPC contract and the CLI use the same schema).
  const checked = dossierSpecSchema.safeParse(given);
  if (!checked.success) throw new CuttingsError('invalid-input', `This dossier cannot be made: ${specProblem(checked.error)}.`);
  const spec = tidy(checked.data);
  if (items.length === 0) throw new CuttingsError('invalid-input', 'A dossier needs at least one clipping.');
  throwIfCancelled(options.signal);
  const fontsDir = options.fontsDir ?? defaultFontsDir();
  const target = path.resolve(outFile);
  const pending = await openPending(target);
  try {
    const { pages, skippedImages, contents } = await renderDossier(spec, items, pending.stream, fontsDir, options);
    await pending.commit();
    return { pages, file: target, skippedImages, contents };
  } catch (err) {
    await pending.discard();
    if (err instanceof CuttingsError) throw err;
    throw new CuttingsError('internal', `The dossier could not be made: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

const TEXT_FIELDS = ['subtitle', 'organisation', 'period', 'editor', 'classification', 'summary'] as const;

/** Trims the printed fields and drops blank ones, so "--subtitle ''" prints nothing rather than an empty line. */
function tidy(spec: DossierSpec): DossierSpec {
  const out: DossierSpec = { ...spec, title: (spec.title ?? '').trim() };
  for (const field of TEXT_FIELDS) {
    const value = spec[field]?.trim();
    if (value) out[field] = value;
    else delete out[field];
  }
  return out;
}
