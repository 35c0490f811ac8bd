/**
 * List rows are sized from their text without reading layout (`renderer/lib/text-width.ts`:
 * most texts from the sum of their characters' widths, only those near a line break shaped
 * whole). These rows are the check that the estimate agrees with the page: titles of every
 * length around the line break, in Latin, Chinese, Thai and Arabic script, and search
 * snippets; a title is never cut to one line when it needs two, nor given a second line it
 * does not use.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, openApp, syntheticArticle } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

const WORDS = 'Kremlin says energy talks with Kyiv will resume after the winter moratorium ends in Geneva next spring'.split(' ');
/** Titles of 3 to 18 words: the list's line break falls somewhere among them. */
const LATIN = Array.from({ length: 16 }, (_, n) => WORDS.slice(0, n + 3).join(' '));
const OTHER = [
  '克里姆林宫称与基辅的能源谈判将在冬季暂停结束后恢复',
  '克里姆林宫称能源谈判恢复',
  'เครมลินระบุการเจรจาด้านพลังงานกับเคียฟจะกลับมาหลังสิ้นสุดฤดูหนาว',
  'الكرملين يقول إن محادثات الطاقة مع كييف ستستأنف بعد انتهاء فصل الشتاء في جنيف',
  'الكرملين والطاقة',
];

describe.skipIf(!!skip)(`list rows sized from their text${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('gives every title and snippet the lines it needs, in every script', async () => {
    // Tall enough for all 21 rows with snippets on screen (the list draws only a few beyond it).
    const app = await openApp(browser(), { viewport: { width: 900, height: 2800 } });
    try {
      const { page, library } = app;
      const titles = [...LATIN, ...OTHER];
      for (const [i, title] of titles.entries()) await library.add({ ...syntheticArticle(i), title });
      const list = page.getByRole('listbox', { name: 'Clippings' });
      await see(list.getByRole('option')).toHaveCount(titles.length);
      await see.poll(() => lineProblems(page)).toEqual([]);
      // Both kinds are there: the check is not vacuous.
      expect(await page.locator('.row-title.row-lines-1').count()).toBeGreaterThan(3);
      expect(await page.locator('.row-title:not(.row-lines-1)').count()).toBeGreaterThan(3);

      // Search results carry snippets (two lines, or one when the snippet is short).
      await page.getByLabel('Search clippings').fill('Paragraph');
      const results = page.getByRole('listbox', { name: 'Search results' });
      await see(results.getByRole('option')).toHaveCount(titles.length);
      await see.poll(() => lineProblems(page)).toEqual([]);
    } finally {
      await app.dispose();
    }
  });
});

/** Titles and snippets cut though they fit the row's lines, or given a line they leave empty. */
function lineProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('[role="option"] .row-title, [role="option"] .row-snippet')) {
      const line = parseFloat(getComputedStyle(el).lineHeight);
      const assigned = el.classList.contains('row-lines-1') ? 1 : 2;
      const drawn = Math.round(el.clientHeight / line);
      const needed = Math.round(el.scrollHeight / line);
      const what = `${el.className} “${el.textContent?.slice(0, 40)}”`;
      if (needed > assigned && assigned === 1)
        problems.push(`${what}: cut to one line, needs ${needed}`);
      if (drawn < assigned) problems.push(`${what}: given ${assigned} lines, drawn on ${drawn}`);
    }
    return problems;
  });
}
