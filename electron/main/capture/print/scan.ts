/**
 * A scanned or photographed page → its text: the light evened out, the tilt taken out, the
 * blocks of text found (headline, columns, paragraphs) and read one by one in reading order,
 * so two columns never interleave line by line.
 */
import { components, type Component } from './components';
import { skewAngle } from './deskew';
import { type Box, crop, enlarge, flattenLight, type Gray, inkMask, rotate, shrink, soften } from './gray';
import { layoutBlocks } from './layout';
import type { OcrReading } from './languages';
import type { OcrEngine, OcrLine } from './ocr';
import { type PageText, type ReadBlock, readBlocks } from './reading';

export interface ScanResult extends PageText {
  /** The page straightened and evened out: what the facsimile shows. */
  straightened: Gray;
  /** Where the text is on it (all blocks, with a margin), or null when none was found. */
  content: Box | null;
  /** Degrees the page was turned to straighten it. */
  angle: number;
  /** Mean word confidence, 0–100. */
  confidence: number;
}

export interface ScanOptions {
  /** Called after each block is read, with the share of the page done (0–1). */
  onProgress?: (done: number) => void;
  signal?: AbortSignal;
}

/** Letters (median component height, about an x-height and a half) smaller than this are enlarged for OCR. */
const SMALL_TYPE = 16;

/** Layout works on about this many pixels across: plenty to see letters, quick to scan. */
const LAYOUT_WIDTH = 1400;

/** A page straightened and laid out, ready to be read. */
export interface PreparedScan {
  straightened: Gray;
  angle: number;
  /** Blocks in reading order, in the straightened page's pixels. */
  blocks: Array<Box & { size: number; big: boolean }>;
}

/** Evens out the light, takes out the tilt and finds the blocks of text. */
export function prepareScan(page: Gray): PreparedScan {
  const preview = flattenLight(shrink(page, Math.max(1, Math.round(page.width / 1000))));
  const angle = skewAngle(preview);
  const straightened = flattenLight(rotate(page, angle));
  const factor = Math.max(1, Math.round(straightened.width / LAYOUT_WIDTH));
  // Softened a little, so that specks of sensor noise do not pass for letters.
  const small = soften(shrink(straightened, factor));
  const blocks = layoutBlocks(letterBoxes(small), small.width, small.height, { unit: 'letter' }).map((block) => {
    const margin = block.size * factor * 0.8;
    return {
      x0: Math.max(0, Math.floor(block.x0 * factor - margin)),
      y0: Math.max(0, Math.floor(block.y0 * factor - margin)),
      x1: Math.min(straightened.width, Math.ceil(block.x1 * factor + margin)),
      y1: Math.min(straightened.height, Math.ceil(block.y1 * factor + margin)),
      size: block.size * factor,
      big: block.big,
    };
  });
  return { straightened, angle, blocks };
}

/** A dozen lines of body text, read first to tell the language of the page. */
export interface LanguageSample {
  /** The lines, as the engine is to read them (enlarged when the type is small). */
  image: Gray;
  /** The block they open, and where they end in it (page pixels). */
  block: number;
  y1: number;
  /** It ends in the white between two lines (or with the block): the page's reading can take its lines as read. */
  whole: boolean;
  /** How much `image` is enlarged. */
  scale: number;
  /**
   * Rows at the top of `image` that hold its first few lines, ending in the white between two
   * lines (0 when there is no such cut): read first, they tell the language, so that a page in
   * another language than the first one tried reads only them in that one.
   */
  probe: number;
}

/** Lines a language sample takes, about. */
const SAMPLE_LINES = 12;
/** Lines its probe takes, about: enough words (some thirty) to tell the language. */
const PROBE_LINES = 4;

/**
 * A dozen lines of body text (the top of the largest block), for telling the language; null
 * when there is none. It ends in the white between two lines where there is one, so that the
 * page's reading can take its lines as they were read and read only the rest of the block.
 */
export function languageSample(prepared: PreparedScan): LanguageSample | null {
  const body = prepared.blocks.filter((b) => !b.big);
  if (!body.length) return null;
  const largest = body.reduce((a, b) => ((b.x1 - b.x0) * (b.y1 - b.y0) > (a.x1 - a.x0) * (a.y1 - a.y0) ? b : a));
  const pitch = largest.size * 2.6;
  const target = largest.y0 + pitch * SAMPLE_LINES;
  const gap = target >= largest.y1 - pitch ? largest.y1 : gapNear(prepared.straightened, largest, target, pitch);
  const y1 = gap ?? Math.round(target);
  const scale = largest.size < SMALL_TYPE ? 2 : 1;
  const image = crop(prepared.straightened, { ...largest, y1 });
  // The probe's cut, where there is white well above the sample's end (image rows start at the block's top, rounded down as crop does).
  const cut = largest.y0 + pitch * PROBE_LINES < y1 - 2 * pitch ? gapNear(prepared.straightened, largest, largest.y0 + pitch * PROBE_LINES, pitch) : null;
  const probe = cut === null ? 0 : (cut - Math.floor(largest.y0)) * scale;
  return { image: scale > 1 ? enlarge(image, scale) : image, block: prepared.blocks.indexOf(largest), y1, whole: gap !== null, scale, probe };
}

/** The row of `box` with the least ink within a line's pitch above `y`, if it is white: a gap between lines. */
function gapNear(page: Gray, box: Box, y: number, pitch: number): number | null {
  const x0 = Math.round(box.x0);
  const x1 = Math.round(box.x1);
  let best: { row: number; ink: number } | null = null;
  for (let row = Math.round(y); row > y - pitch && row > box.y0; row--) {
    let ink = 0;
    const start = row * page.width;
    for (let x = x0; x < x1; x++) if ((page.data[start + x] as number) < 128) ink++;
    if (!best || ink < best.ink) best = { row, ink };
  }
  // A few dark pixels are a speck; more are letters, and a cut there would halve a line.
  return best && best.ink <= Math.max(2, (x1 - x0) * 0.002) ? best.row : null;
}

/** Reads the blocks of a prepared page with `engine`, in reading order. */
export async function readPrepared(
  prepared: PreparedScan,
  engine: OcrEngine,
  options: ScanOptions = {},
  sample: { at: LanguageSample; reading: OcrReading } | null = null,
): Promise<ScanResult> {
  const { straightened, angle, blocks } = prepared;
  const read: ReadBlock[] = [];
  let words = 0;
  let confidence = 0;
  for (const [i, block] of blocks.entries()) {
    options.signal?.throwIfAborted();
    // The lines the language sample took were read already, with the language chosen.
    const done = sample?.at.block === i && sample.at.whole ? sample : null;
    const top = done ? done.at.y1 : block.y0;
    const lines = done ? placed(done.reading.lines, done.at.scale, block.x0, block.y0) : [];
    if (block.y1 - top > block.size) lines.push(...(await readBox(straightened, { ...block, y0: top }, block.size, engine)));
    const kept = lines.filter((l) => !isNoise(l.text, l.confidence));
    for (const line of kept)
      for (const w of line.words) {
        words++;
        confidence += w.confidence;
      }
    read.push({ ...block, lines: kept.map((l) => ({ text: l.text, x0: l.x0, y0: l.y0, x1: l.x1, y1: l.y1 })) });
    options.onProgress?.((i + 1) / blocks.length);
  }
  return { ...readBlocks(read), straightened, angle, content: contentBox(prepared), confidence: words ? confidence / words : 0 };
}

/**
 * Reads one box of the page. Tesseract reads best with letters some 20 pixels high: small
 * type (a photo taken from afar, a 150-dpi scan) is enlarged first, and what it reads is
 * mapped back to page pixels.
 */
async function readBox(page: Gray, box: Box, size: number, engine: OcrEngine): Promise<OcrLine[]> {
  const scale = size < SMALL_TYPE ? 2 : 1;
  const image = crop(page, box);
  const { lines } = await engine.read(scale > 1 ? enlarge(image, scale) : image, 'block');
  return placed(lines, scale, box.x0, box.y0);
}

/** Lines read from an image enlarged `scale` times whose corner is at (x, y) on the page → page pixels. */
function placed(lines: OcrLine[], scale: number, x: number, y: number): OcrLine[] {
  return lines.map((l) => ({ ...l, x0: l.x0 / scale + x, y0: l.y0 / scale + y, x1: l.x1 / scale + x, y1: l.y1 / scale + y }));
}

/** The blocks' extent with a margin of 3% of the page: the clipping without the table it lay on. */
function contentBox({ blocks, straightened: page }: PreparedScan): Box | null {
  if (!blocks.length) return null;
  const margin = Math.round(page.width * 0.03);
  return {
    x0: Math.max(0, Math.min(...blocks.map((b) => b.x0)) - margin),
    y0: Math.max(0, Math.min(...blocks.map((b) => b.y0)) - margin),
    x1: Math.min(page.width, Math.max(...blocks.map((b) => b.x1)) + margin),
    y1: Math.min(page.height, Math.max(...blocks.map((b) => b.y1)) + margin),
  };
}

/** Letter-sized ink components: specks of noise, rules and picture areas left out. */
function letterBoxes(img: Gray): Component[] {
  const mask = inkMask(img);
  return components(mask, img.width, img.height).filter((c) => {
    const w = c.x1 - c.x0;
    const h = c.y1 - c.y0;
    if (c.pixels < 6 || h < 3) return false;
    if (h > img.height / 6 || w > img.width / 3) return false; // frames, rules, pictures
    if (w > 12 * h) return false; // a horizontal rule
    return c.pixels / (w * h) > 0.08; // a hollow outline is no letter
  });
}

/** A line read from a speck, a fold or a picture edge: few letters, low confidence. */
function isNoise(text: string, confidence: number): boolean {
  const letters = (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
  if (letters === 0) return true;
  return confidence < 45 && letters < 0.5 * text.replace(/\s/g, '').length;
}
