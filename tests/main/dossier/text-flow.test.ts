import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { defaultFontsDir } from '../../../electron/main/dossier';
import { registerFonts } from '../../../electron/main/dossier/fonts';
import { Flow, Measurer, words } from '../../../electron/main/dossier/text-flow';
import { FONT, STYLE } from '../../../electron/main/dossier/theme';

const style = STYLE.body;
const frame = { left: 50, width: 300, top: 50, bottom: 50 + 20 * style.leading };

function setup(): { doc: PDFKit.PDFDocument; flow: Flow; measure: Measurer } {
  const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string, bufferPages: true });
  registerFonts(doc, defaultFontsDir());
  doc.font(FONT.serif);
  doc.addPage();
  const measure = new Measurer(doc);
  return { doc, flow: new Flow(doc, frame, measure), measure };
}

/** A paragraph that breaks into exactly `n` lines at the frame width. */
function paragraphOf(measure: Measurer, n: number): string {
  const words: string[] = [];
  let i = 0;
  while (measure.lines(words.join(' '), style, frame.width).length < n || words.length === 0)
    words.push(`word${i++}`);
  while (measure.lines(`${words.join(' ')} x${i}`, style, frame.width).length === n) words.push(`x${i++}`);
  expect(measure.lines(words.join(' '), style, frame.width)).toHaveLength(n);
  return words.join(' ');
}

const pages = (doc: PDFKit.PDFDocument): number => doc.bufferedPageRange().count;

describe('Flow.paragraph', () => {
  it('sets a paragraph that fits where it is', () => {
    const { doc, flow, measure } = setup();
    flow.y = frame.bottom - 4 * style.leading;
    flow.paragraph(paragraphOf(measure, 4), style);
    expect(pages(doc)).toBe(1);
    expect(flow.y).toBeCloseTo(frame.bottom);
  });

  it('never leaves the first line alone at the foot of a page', () => {
    const { doc, flow, measure } = setup();
    flow.y = frame.bottom - 1.5 * style.leading;
    flow.paragraph(paragraphOf(measure, 4), style);
    expect(pages(doc)).toBe(2);
    expect(flow.y).toBeCloseTo(frame.top + 4 * style.leading);
  });

  it('never carries the last line alone to the next page', () => {
    const { doc, flow, measure } = setup();
    flow.y = frame.bottom - 3 * style.leading;
    flow.paragraph(paragraphOf(measure, 4), style);
    expect(pages(doc)).toBe(2);
    expect(flow.y).toBeCloseTo(frame.top + 2 * style.leading); // 2 + 2, not 3 + 1
  });

  it('breaks a long paragraph across several pages', () => {
    const { doc, flow, measure } = setup();
    flow.paragraph(paragraphOf(measure, 45), style);
    expect(pages(doc)).toBe(3);
    expect(flow.y).toBeCloseTo(frame.top + 5 * style.leading);
  });

  it('cuts a word longer than the line instead of overflowing', () => {
    const { measure } = setup();
    const url = `https://example.org/${'segment/'.repeat(30)}`;
    const lines = measure.lines(url, style, frame.width);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join('')).toBe(url);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(frame.width);
  });
});

describe('words', () => {
  it('keeps French spaced punctuation and quotation marks with their word', () => {
    expect(words('une « urgence absolue » , pour laquelle : oui ! ( sic )')).toEqual([
      'une',
      '« urgence',
      'absolue » ,',
      'pour',
      'laquelle :',
      'oui !',
      '( sic )',
    ]);
  });
});
