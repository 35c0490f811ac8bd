/**
 * Hard-wrap detection (paste/normalize.ts): lines are joined as one wrapped paragraph only when the
 * paste has enough lines to show a wrap column; a short paste's header lines stay apart.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText, splitUnits } from '../../../../electron/main/capture/paste/normalize';

const units = (text: string): string[] => splitUnits(normalizeText(text));

describe('splitUnits: hard-wrapped text', () => {
  it('keeps a short paste\'s headline, byline and dateline apart in a script without capitals', () => {
    const head = 'تركيا.. ارتفاع عدد السياح الأجانب 6 بالمئة في أبريل';
    const byline = 'محمد شيخ يوسف |21.05.2025 - محدث : 21.05.2025';
    const place = 'إسطنبول/ الأناضول';
    const body = 'ارتفع عدد السياح الأجانب الوافدين إلى تركيا في أبريل الماضي بنسبة 6 بالمئة مقارنة بالشهر نفسه من العام الماضي، وفق بيانات رسمية.';
    expect(units(`${head}\n${byline}\n${place}\n${body}\n\nوقالت الوزارة إن العدد بلغ 3.2 ملايين.`).slice(0, 4)).toEqual([head, byline, place, body]);
  });

  it('still joins a paragraph wrapped at one column over many lines (by its column alone: every line starts with a capital)', () => {
    const words = 'The Council voted on tuesday night to approve a network of protected cycle lanes across the centre of town and the works start in may'
      .split(' ')
      .map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`);
    const lines: string[] = [];
    let line = '';
    for (const w of [...words, ...words, ...words]) {
      if (line.length + 1 + w.length > 60) {
        lines.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    lines.push(line);
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(units(lines.join('\n'))).toEqual([lines.join(' ')]);
  });
});
