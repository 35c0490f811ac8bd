import { describe, expect, it } from 'vitest';
import { joinOverlapping, layoutBlocks, readingOrder } from '../../../../electron/main/capture/print/layout';
import { readBlocks, type ReadBlock } from '../../../../electron/main/capture/print/reading';

const box = (name: string, x0: number, y0: number, x1: number, y1: number) => ({ name, x0, y0, x1, y1 });

describe('reading order', () => {
  it('reads a headline, then the left column top to bottom, then the right', () => {
    const blocks = [box('right-top', 640, 200, 1150, 600), box('left', 90, 200, 600, 1650), box('head', 90, 95, 975, 130), box('right-bottom', 640, 630, 1150, 1500)];
    expect(readingOrder(blocks).map((b) => b.name)).toEqual(['head', 'left', 'right-top', 'right-bottom']);
  });

  it('is not thrown by specks above a column (they do not make it a headline over columns)', () => {
    const blocks = [box('speck1', 164, 95, 172, 103), box('speck2', 514, 95, 522, 103), box('head', 90, 94, 975, 132), box('right', 641, 197, 1151, 605), box('left', 89, 197, 599, 1650)];
    const order = readingOrder(blocks).map((b) => b.name);
    expect(order.indexOf('left')).toBeLessThan(order.indexOf('right'));
    expect(order.indexOf('head')).toBeLessThan(order.indexOf('left'));
  });

  it('starts a new band of columns under a cross-head that spans them', () => {
    const blocks = [box('a1', 0, 0, 100, 100), box('b1', 120, 0, 220, 100), box('cross', 0, 110, 220, 130), box('a2', 0, 140, 100, 240), box('b2', 120, 140, 220, 240)];
    expect(readingOrder(blocks).map((b) => b.name)).toEqual(['a1', 'b1', 'cross', 'a2', 'b2']);
  });
});

describe('layout of word boxes (a PDF text layer)', () => {
  it('finds the headline and two columns whose lines share baselines', () => {
    const words = [];
    for (let x = 40; x < 500; x += 60) words.push({ x0: x, y0: 40, x1: x + 50, y1: 65 }); // 25 pt headline across
    for (let line = 0; line < 30; line++) {
      const y = 100 + line * 13;
      // Justified lines: words of different lengths, spaces up to 0.8 em, flush with both edges.
      for (const [left, right] of [[40, 262], [300, 522]] as const) {
        let x = left;
        for (let w = 0; x < right; w++) {
          const end = Math.min(right, x + 14 + ((line * 7 + w * 13) % 30));
          words.push({ x0: x, y0: y, x1: end, y1: y + 10 });
          x = end + 3 + ((line + w) % 6);
        }
      }
    }
    const blocks = layoutBlocks(words, 595, 842, { unit: 'word' });
    expect(blocks.map((b) => [b.big, Math.round(b.x0), Math.round(b.x1)])).toEqual([
      [true, 40, 510],
      [false, 40, 262],
      [false, 300, 522],
    ]);
  });
});

describe('layout of letter boxes (a scan)', () => {
  /** Letters 7 wide and 10 high, one after another, from x0 to x1 on the line at y. */
  const letters = (x0: number, x1: number, y: number) => {
    const out = [];
    for (let x = x0; x + 7 <= x1; x += 8) out.push({ x0: x, y0: y, x1: x + 7, y1: y + 10 });
    return out;
  };
  const column = (x0: number, x1: number, ys: number[]) => ys.flatMap((y) => letters(x0, x1, y));
  const extents = (boxes: Array<{ x0: number; y0: number; x1: number; y1: number }>) =>
    layoutBlocks(boxes, 900, 200, { unit: 'letter' }).map((b) => [Math.round(b.x0), Math.round(b.y0), Math.round(b.x1), Math.round(b.y1)]);

  it('keeps a word left apart by a wide justified space in its line and column', () => {
    const boxes = [
      ...column(0, 400, [0, 25, 50, 75, 100, 125]),
      ...letters(460, 700, 0), // "made to order. Passengers welcomed the" …
      ...letters(770, 860, 0), // … "return," after a wide space
      ...letters(460, 760, 25), // the paragraph's short last line
      ...column(460, 860, [75, 100, 125]), // the next paragraph, as wide as the column
    ];
    expect(extents(boxes)).toEqual([
      [0, 0, 399, 135],
      [460, 0, 857, 35],
      [460, 75, 859, 135],
    ]);
  });

  it('does not take a line of the next column across a narrow gutter for such a word', () => {
    const boxes = [...column(0, 400, [0, 25, 50, 75, 100, 125]), ...letters(418, 700, 0), ...column(418, 818, [50, 75, 100])];
    expect(extents(boxes)).toEqual([
      [0, 0, 399, 135],
      [418, 0, 697, 10],
      [418, 50, 817, 110],
    ]);
  });
});

describe('paragraphs from lines', () => {
  const line = (text: string, x0: number, y0: number, x1 = 500) => ({ text, x0, y0, x1, y1: y0 + 10 });
  it('joins a paragraph across a column break, rejoins a broken word, and splits at an indent', () => {
    const left: ReadBlock = {
      x0: 0, y0: 100, x1: 500, y1: 140, size: 10, big: false,
      lines: [line('The council met on Monday to discuss the', 0, 100), line('harbour and its inter-', 0, 114)],
    };
    const right: ReadBlock = {
      x0: 600, y0: 100, x1: 1100, y1: 160, size: 10, big: false,
      lines: [line('national ferry timetable.', 600, 100, 800), line('A second paragraph starts here with', 620, 114, 1100), line('an indent.', 600, 128, 700)],
    };
    const head: ReadBlock = { x0: 0, y0: 20, x1: 1100, y1: 60, size: 30, big: true, lines: [line('Harbour plan', 0, 20, 400)] };
    const text = readBlocks([head, left, right]);
    expect(text.headline).toBe('Harbour plan');
    expect(text.paragraphs).toEqual([
      'The council met on Monday to discuss the harbour and its international ferry timetable.',
      'A second paragraph starts here with an indent.',
    ]);
  });

  it('keeps the hyphen of a compound broken at its hyphen (a part is a word of the text)', () => {
    const lines = [line('to attract much-', 0, 0), line('needed investment, as much as', 0, 14), line('ever.', 0, 28, 100)];
    const block: ReadBlock = { x0: 0, y0: 0, x1: 500, y1: 40, size: 10, big: false, lines };
    expect(readBlocks([block]).paragraphs).toEqual(['to attract much-needed investment, as much as ever.']);
  });
});

describe('a headline photographed at a slant', () => {
  const block = (x0: number, y0: number, x1: number, y1: number, members: number[]) => ({ x0, y0, x1, y1, size: 40, big: true, members });

  it('is one block when its two runs overlap on the same line (dpa-berlin-de photo), so its right half is not read first', () => {
    // As the photo laid it out: "Bahnstreik legt Fernverke" and "hr lahm", their ends interleaved.
    const joined = joinOverlapping([block(1147, 163, 1589, 343, [3, 4]), block(166, 164, 1350, 360, [0, 1, 2])]);
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ x0: 166, y0: 163, x1: 1589, y1: 360 });
    expect([...(joined[0]?.members ?? [])].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps two headline lines apart, and two headlines side by side', () => {
    const lines = [block(100, 100, 1200, 150, [0]), block(100, 160, 900, 210, [1])];
    expect(joinOverlapping(lines)).toHaveLength(2);
    const sideBySide = [block(100, 100, 600, 150, [0]), block(640, 100, 1200, 150, [1])];
    expect(joinOverlapping(sideBySide)).toHaveLength(2);
  });
});
