import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDossier, type DossierClipping } from '../../../electron/main/dossier';
import { flat, missingPdfTools, pdfPages, qpdfCheck } from './pdf-tools';
import { makeClipping, variedText } from './sample-clippings';

const missing = missingPdfTools();

/** A wire item: three short paragraphs, about 120 words. */
function wire(i: number): DossierClipping {
  return {
    clipping: makeClipping(i, {
      lang: 'en',
      title: `Wire item ${i}: ports reopen after the storm`,
      text: variedText(i, 'en', 120),
      tags: ['shipping'],
    }),
    images: [],
  };
}

describe.skipIf(missing.length > 0)('the press-review layout', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cuttings-layout-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fits four short wire items, with a cover and contents, in four pages', async () => {
    const items = [1, 2, 3, 4].map(wire);
    const out = path.join(dir, 'wire.pdf');
    const result = await writeDossier({ title: 'Wire review' }, items, out);
    expect(qpdfCheck(out).ok).toBe(true);
    expect(result.pages).toBeLessThanOrEqual(4);
    const pages = pdfPages(out).map(flat);
    for (const item of items) expect(pages.slice(2).join(' ')).toContain(item.clipping.title);
    // Each clipping starts where the contents says it does.
    for (const entry of result.contents) expect(pages[entry.page - 1]).toContain(entry.title);
    // Tags only on request.
    expect(pages.join(' ')).not.toContain('Tags: shipping');
    const tagged = await writeDossier({ title: 'Wire review', showTags: true }, items, path.join(dir, 'tags.pdf'));
    expect(pdfPages(path.join(dir, 'tags.pdf')).map(flat).join(' ')).toContain('Tags: shipping');
    expect(tagged.pages).toBe(result.pages);
  });

  it('starts every clipping on a new page when asked', async () => {
    const items = [1, 2, 3, 4].map(wire);
    const out = path.join(dir, 'per-page.pdf');
    const result = await writeDossier({ title: 'Wire review', layout: 'page-per-clipping' }, items, out);
    expect(result.pages).toBe(6);
    expect(result.contents.map((e) => e.page)).toEqual([3, 4, 5, 6]);
  });

  it('starts a clipping longer than a page on a new page, and runs short ones on after it', async () => {
    const short = wire(1);
    const long: DossierClipping = {
      clipping: makeClipping(2, { lang: 'en', title: 'A long feature', text: variedText(9, 'en', 1400) }),
      images: [],
    };
    const after = wire(3);
    const out = path.join(dir, 'long.pdf');
    const result = await writeDossier({ title: 'Mixed', order: 'manual' }, [short, long, after], out);
    const [first, second, third] = result.contents.map((e) => e.page);
    expect(first).toBe(3);
    expect(second).toBe(4); // a new page, though the short item left most of page 3 empty
    const pages = pdfPages(out).map(flat);
    // The long feature's page begins with it (the running head, then its outlet and headline).
    expect(pages[(second ?? 0) - 1]).toMatch(/^Mixed [A-ZÉ ]+ A long feature/);
    expect(third).toBeGreaterThan(second ?? 0);
  });
});
