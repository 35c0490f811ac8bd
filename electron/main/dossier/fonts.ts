/**
 * The TrueType fonts every dossier embeds (DejaVu: Latin, Cyrillic and Greek), and where to
 * find them whether the code runs from source (tsx, vitest), bundled by electron-vite into
 * `out/main/index.js`, or packaged with the fonts copied into the app's resources.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CuttingsError } from '../../../shared/errors';
import { FONT, type FontName } from './theme';

const FILES: Record<FontName, string> = {
  [FONT.sans]: 'DejaVuSans.ttf',
  [FONT.sansBold]: 'DejaVuSans-Bold.ttf',
  [FONT.serif]: 'DejaVuSerif.ttf',
  [FONT.serifBold]: 'DejaVuSerif-Bold.ttf',
  [FONT.serifItalic]: 'DejaVuSerif-Italic.ttf',
};

/** The file every candidate folder must hold to count as the fonts folder. */
const PROBE = FILES[FONT.sans];

/**
 * Folders that may hold the fonts, most specific first:
 * - `resources/fonts` inside a packaged app (`process.resourcesPath`, set by Electron only);
 * - `resources/fonts` found by walking up from this module's own file: three levels up from
 *   `electron/main/dossier/` in the source tree, two levels up from the bundled `out/main/`;
 * - `resources/fonts` under the working directory (the CLI run from the checkout).
 */
export function fontDirCandidates(): string[] {
  const candidates: string[] = [];
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resourcesPath)
    candidates.push(path.join(resourcesPath, 'fonts'), path.join(resourcesPath, 'resources', 'fonts'));
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up++) {
    candidates.push(path.join(dir, 'resources', 'fonts'));
    dir = path.dirname(dir);
  }
  candidates.push(path.join(process.cwd(), 'resources', 'fonts'));
  return [...new Set(candidates)];
}

/**
 * The folder holding the app's DejaVu TTFs. Throws an `internal` error naming every place
 * looked in, since a missing font folder is a packaging fault, not something the user did.
 */
export function defaultFontsDir(): string {
  const candidates = fontDirCandidates();
  const found = candidates.find((dir) => existsSync(path.join(dir, PROBE)));
  if (!found) {
    throw new CuttingsError(
      'internal',
      `The dossier fonts (${PROBE}) are missing; looked in: ${candidates.join(', ')}. Reinstall Cuttings.`,
    );
  }
  return found;
}

// Font files are read once per process: a dossier export should not re-read 3 MB of TTFs.
const cache = new Map<string, Buffer>();

function readFont(file: string): Buffer {
  let data = cache.get(file);
  if (!data) {
    try {
      data = readFileSync(file);
    } catch (err) {
      throw new CuttingsError('internal', `Cannot read the dossier font ${file}. Reinstall Cuttings.`, {
        cause: err,
      });
    }
    cache.set(file, data);
  }
  return data;
}

/**
 * Registers every dossier font on `doc` under the names in {@link FONT}. Create the document
 * with `font: null`: pdfkit 0.20 never caches a registered name whose font it had already
 * loaded under another key, and would parse the TTF again on every `doc.font(name)` call
 * (this cost seconds and hundreds of MB in a 200-clipping dossier).
 */
export function registerFonts(doc: PDFKit.PDFDocument, dir: string): void {
  for (const [name, file] of Object.entries(FILES)) {
    doc.registerFont(name, readFont(path.join(dir, file)));
  }
}
