/**
 * The fonts a dossier embeds. The base faces (DejaVu: Latin, Cyrillic, Greek) ship in
 * `resources/fonts`; the faces for every other script are the Noto families of the npm
 * packages in `dependencies` (Arabic, Hebrew, Devanagari, Thai, Chinese simplified and
 * traditional, Japanese, Korean), found in node_modules from source, from the bundled
 * `out/main`, and inside the packaged app's asar. Their licences are in `resources/fonts`.
 *
 * A fallback face is registered on a document only when its text needs it, and its file is
 * read once per process: a Chinese face is 7–10 MB, so an export without Chinese never
 * touches it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { create } from 'fontkit';
import { CuttingsError } from '../../../shared/errors';
import type { Family } from './scripts';
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
 * Folders that may hold the base fonts, most specific first:
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

/** Where each script's faces come from: npm package, then the regular and bold files inside it. */
interface FaceFiles {
  package: string;
  regular: string;
  bold: string;
}

const noto = (name: string, file: string): FaceFiles => ({
  package: `@expo-google-fonts/${name}`,
  regular: `400Regular/${file}_400Regular.ttf`,
  bold: `700Bold/${file}_700Bold.ttf`,
});

/** Sans faces per family (Hebrew's package ships the Noto Sans Hebrew TTFs that Google Fonts' npm mirrors lack). */
const SANS: Record<Family, FaceFiles> = {
  arabic: noto('noto-sans-arabic', 'NotoSansArabic'),
  hebrew: { package: '@embedpdf/fonts-hebrew', regular: 'fonts/NotoSansHebrew-Regular.ttf', bold: 'fonts/NotoSansHebrew-Bold.ttf' },
  devanagari: noto('noto-sans-devanagari', 'NotoSansDevanagari'),
  thai: noto('noto-sans-thai', 'NotoSansThai'),
  sc: noto('noto-sans-sc', 'NotoSansSC'),
  tc: noto('noto-sans-tc', 'NotoSansTC'),
  jp: noto('noto-sans-jp', 'NotoSansJP'),
  kr: noto('noto-sans-kr', 'NotoSansKR'),
};

/** Serif faces where the script has one worth its weight: Naskh is how Arabic newspapers set text. */
const SERIF: Partial<Record<Family, FaceFiles>> = {
  arabic: noto('noto-naskh-arabic', 'NotoNaskhArabic'),
};

/** Every fallback font package, for the licence notes and the packaging test. */
export const FALLBACK_PACKAGES: readonly string[] = [
  ...new Set([...Object.values(SANS), ...Object.values(SERIF)].map((f) => f.package)),
];

const requireHere = createRequire(import.meta.url);

/** The file of a fallback face, resolved through node_modules. */
export function fallbackFile(family: Family, bold: boolean, serif: boolean): string {
  const files = (serif ? SERIF[family] : undefined) ?? SANS[family];
  return path.join(packageDir(files.package), bold ? files.bold : files.regular);
}

const packageDirs = new Map<string, string>();

/** The folder of an installed package (through its entry point: some packages export no package.json). */
function packageDir(name: string): string {
  let dir = packageDirs.get(name);
  if (dir) return dir;
  try {
    dir = path.dirname(requireHere.resolve(name));
  } catch (err) {
    throw new CuttingsError('internal', `The dossier font package ${name} is missing. Reinstall Cuttings.`, { cause: err });
  }
  const tail = path.join('node_modules', ...name.split('/'));
  while (!dir.endsWith(tail) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  packageDirs.set(name, dir);
  return dir;
}

/** The registered name of a fallback face: one name per file, so pdfkit parses each file once. */
export function fallbackName(family: Family, bold: boolean, serif: boolean): string {
  const serifFace = serif && SERIF[family] !== undefined;
  return `${family}${serifFace ? '-serif' : ''}-${bold ? 700 : 400}`;
}

/**
 * Font files are read and parsed once per process, and the parsed font is what each document
 * registers (pdfkit takes a fontkit font as well as bytes): the tables fontkit decodes on first
 * use (glyph substitution and positioning, character maps) then serve every later export, such
 * as the export that follows a preview. Each document still makes its own subset.
 */
const cache = new Map<string, ReturnType<typeof create>>();
/** The file's bytes per parsed font: HarfBuzz (shaping.ts) shapes from the same file. */
const bytesOf = new WeakMap<object, Uint8Array>();

/** The bytes of the file a parsed font (pdfkit's `EmbeddedFont.font`) was read from. */
export function fontBytes(font: object): Uint8Array | undefined {
  return bytesOf.get(font);
}

function readFont(file: string): ReturnType<typeof create> {
  let font = cache.get(file);
  if (!font) {
    try {
      const bytes = readFileSync(file);
      font = create(bytes);
      bytesOf.set(font, bytes);
    } catch (err) {
      throw new CuttingsError('internal', `Cannot read the dossier font ${file}. Reinstall Cuttings.`, {
        cause: err,
      });
    }
    cache.set(file, font);
  }
  return font;
}

const registered = new WeakMap<PDFKit.PDFDocument, Set<string>>();

/**
 * Registers every base font on `doc` under the names in {@link FONT}. Create the document
 * with `font: null`: pdfkit 0.20 never caches a registered name whose font it had already
 * loaded under another key, and would parse the TTF again on every `doc.font(name)` call
 * (this cost seconds and hundreds of MB in a 200-clipping dossier).
 */
export function registerFonts(doc: PDFKit.PDFDocument, dir: string): void {
  for (const [name, file] of Object.entries(FILES)) {
    doc.registerFont(name, readFont(path.join(dir, file)) as unknown as Buffer);
  }
  registered.set(doc, new Set());
}

/** Registers the fallback face on `doc` the first time it is asked for; returns its name. */
export function useFallback(doc: PDFKit.PDFDocument, family: Family, bold: boolean, serif: boolean): string {
  const name = fallbackName(family, bold, serif);
  let names = registered.get(doc);
  if (!names) registered.set(doc, (names = new Set()));
  if (!names.has(name)) {
    doc.registerFont(name, readFont(fallbackFile(family, bold, serif)) as unknown as Buffer);
    names.add(name);
  }
  return name;
}
