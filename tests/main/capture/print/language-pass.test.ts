/**
 * The language pass costs little: one engine for the file (its models switched, not restarted),
 * a confident reading told as its own language settles it, and the lines it read are not read
 * again. Real tesseract.js on the ferry photo (the fixture); the sample's cut on a drawn page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CuttingsError } from '../../../../shared/errors';
import { capturePastedText } from '../../../../electron/main/capture/paste';
import type { Gray } from '../../../../electron/main/capture/print/gray';
import { chooseLanguages } from '../../../../electron/main/capture/print/languages';
import { createOcrEngine, type OcrEngine } from '../../../../electron/main/capture/print/ocr';
import { decodeImage } from '../../../../electron/main/capture/print/raster';
import { languageSample, prepareScan, type PreparedScan, readPrepared } from '../../../../electron/main/capture/print/scan';
import { charAccuracy } from '../../../../bench/print/score';
import { typesetPage } from './typeset';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/print');
const truth = JSON.parse(readFileSync(path.join(FIXTURES, 'ferry.json'), 'utf8')) as { headline: string; paragraphs: string[] };

/** A white page with one block of `lines` lines of black "letters" 14 px high, 36 px apart; `filled` leaves no white row between lines. */
function drawnPage(lines: number, filled = false): PreparedScan {
  const width = 1200;
  const height = 200 + lines * 36;
  const data = new Uint8Array(width * height).fill(255);
  for (let line = 0; line < lines; line++)
    for (let x = 100, i = 0; x < 1100; x += 14, i++) {
      // Filled: letters set at three heights, so that every row of the block has some ink.
      const top = 100 + line * 36 + (filled ? (i % 3) * 11 : 0);
      for (let y = top; y < top + 14; y++) data.fill(0, y * width + x, y * width + x + 10);
    }
  const straightened: Gray = { width, height, data };
  return { straightened, angle: 0, blocks: [{ x0: 90, y0: 90, x1: 1110, y1: 110 + lines * 36, size: 14, big: false }] };
}

const inkOnRow = (page: Gray, y: number, x0: number, x1: number): number => {
  let ink = 0;
  for (let x = x0; x < x1; x++) if ((page.data[y * page.width + x] as number) < 128) ink++;
  return ink;
};

describe('the language sample', () => {
  it('ends in the white between two lines, about a dozen lines down', () => {
    const page = drawnPage(40);
    const sample = languageSample(page);
    expect(sample).not.toBeNull();
    expect(sample?.whole).toBe(true);
    expect(inkOnRow(page.straightened, sample?.y1 ?? 0, 90, 1110)).toBe(0);
    const lines = ((sample?.y1 ?? 0) - 100) / 36;
    expect(lines).toBeGreaterThan(10);
    expect(lines).toBeLessThanOrEqual(13);
    expect(sample?.image.height).toBe(((sample?.y1 ?? 0) - 90) * (sample?.scale ?? 1));
  });

  it('takes a short block whole, and says when it had to cut through ink', () => {
    const short = languageSample(drawnPage(8));
    expect(short).toMatchObject({ whole: true, y1: 110 + 8 * 36 });
    const filled = languageSample(drawnPage(40, true));
    expect(filled?.whole).toBe(false);
  });
});

describe('the language pass on a phone photo', () => {
  it('settles English at the first reading, and the page reading reads none of its lines again', async () => {
    const { gray } = await decodeImage(new Uint8Array(readFileSync(path.join(FIXTURES, 'ferry-photo.jpg'))), 'ferry-photo.jpg');
    const prepared = prepareScan(gray);
    const at = languageSample(prepared);
    expect(at?.whole).toBe(true);
    const choice = await chooseLanguages(at?.image ?? null, [], [], null);
    try {
      expect(choice.codes).toEqual(['eng']);
      expect(choice.tried).toEqual([['eng']]);
      expect(choice.sample?.lines.length).toBeGreaterThan(3);
      // Count the rows the page's reading hands to the engine.
      let rows = 0;
      const counting: OcrEngine = {
        ...choice.engine,
        read: (img, mode) => {
          rows += img.height;
          return choice.engine.read(img, mode);
        },
      };
      const reused = await readPrepared(prepared, counting, {}, { at: at!, reading: choice.sample! });
      const reusedRows = rows;
      rows = 0;
      const again = await readPrepared(prepared, counting, {}, null);
      const sampleRows = at!.y1 - (prepared.blocks[at!.block]?.y0 ?? 0);
      expect(rows - reusedRows).toBeGreaterThanOrEqual(sampleRows * at!.scale);
      const text = (r: typeof reused): string => [r.headline, ...r.paragraphs].join('\n\n');
      expect(charAccuracy(text(reused), text(again))).toBeGreaterThan(0.99);
      const reference = capturePastedText([truth.headline, ...truth.paragraphs].join('\n\n')).text;
      expect(charAccuracy(capturePastedText(text(reused)).text, reference)).toBeGreaterThanOrEqual(0.95);
    } finally {
      await choice.engine.close();
    }
  }, 240_000);

  it('switches an engine to another language without starting another, and refuses one it has no data for', async () => {
    const engine = await createOcrEngine(['eng']);
    try {
      await engine.use(['fra']);
      expect(engine.langs).toEqual(['fra']);
      await expect(engine.use(['xyz'])).rejects.toSatisfy((e: unknown) => e instanceof CuttingsError && e.code === 'invalid-input');
      expect(engine.langs).toEqual(['fra']);
    } finally {
      await engine.close();
    }
  }, 120_000);
});

/** A column of French type (Noto Sans JP's Latin letters, which ship with Cuttings for dossiers), 300 dpi-like. */
function frenchPage(): Gray {
  const words = (
    'Le bac reliant l’île au continent a repris du service lundi après onze semaines de réparations, ' +
    'mettant fin à un hiver pendant lequel les habitants ont dû compter sur un bateau plus petit qui ne ' +
    'pouvait transporter que douze voitures. L’exploitant a déclaré que les travaux avaient été plus longs ' +
    'que prévu, car la coque était plus abîmée qu’on ne le pensait. Les commerçants du port se réjouissent ' +
    'du retour des visiteurs, même si la saison touristique ne commence vraiment qu’en mai. Le maire a ' +
    'demandé au gouvernement régional de financer un second navire pour que la traversée ne dépende plus ' +
    'd’un seul bateau vieux de trente ans, et les élus de l’opposition ont soutenu cette demande.'
  ).split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= 46) lines[lines.length - 1] = last + ' ' + word;
    else lines.push(word);
  }
  return typesetPage(lines, { font: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', size: 40, width: 1300, lineHeight: 62, top: 140, bottom: 60, x: 100 });
}

describe('the language pass on a page in another language', () => {
  it('reads only the first lines in English, then the whole sample in the language they are told as, and leaves the first languages as they were', async () => {
    const prepared = prepareScan(frenchPage());
    const at = languageSample(prepared);
    expect(at?.probe).toBeGreaterThan(0);
    expect(at?.probe).toBeLessThan((at?.image.height ?? 0) / 2);
    // Count the rows each language reads.
    const rows = new Map<string, number>();
    const start = async (codes: string[], userDir: string | null): Promise<OcrEngine> => {
      const engine = await createOcrEngine(codes, userDir);
      return Object.assign(Object.create(engine) as OcrEngine, {
        read: (img: Gray, mode?: 'block' | 'line') => {
          const key = engine.langs.join('+');
          rows.set(key, (rows.get(key) ?? 0) + img.height);
          return engine.read(img, mode);
        },
      });
    };
    const first = ['eng'];
    const choice = await chooseLanguages(at, [], [], null, (codes, userDir) => start(codes, userDir));
    try {
      expect(choice.codes).toEqual(['fra']);
      // The languages a reading was made with stay what they were (tesseract.js adds every language it loads to the list it was started with).
      expect(choice.tried).toEqual([first, ['fra']]);
      expect(rows.get('eng')).toBe(at?.probe);
      expect(rows.get('fra')).toBe(at?.image.height);
      expect(choice.sample?.lines.map((l) => l.text).join(' ')).toMatch(/réparations/);
    } finally {
      await choice.engine.close();
    }
  }, 240_000);
});
