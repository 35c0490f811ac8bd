/**
 * Bad input gets a clear message and nothing is stored: empty, binary, too large, too many lines;
 * while one very long line and thousands of paragraphs are read, without quadratic work.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturePastedText } from '../../../../electron/main/capture/paste';
import { openLibrary, type Library } from '../../../../electron/main/library';
import { CuttingsError } from '../../../../shared/errors';

const refusal = (text: string): string => {
  try {
    capturePastedText(text);
  } catch (err) {
    expect(err).toBeInstanceOf(CuttingsError);
    expect((err as CuttingsError).code).toBe('invalid-input');
    return (err as CuttingsError).message;
  }
  throw new Error('the paste was accepted');
};

describe('pastes that cannot be an article', () => {
  it('refuses an empty paste', () => {
    expect(refusal(' \n\t ')).toMatch(/empty/);
  });

  it('refuses a binary file read as text', () => {
    const binary = new TextDecoder().decode(Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(refusal(binary)).toMatch(/not text.*binary file/);
  });

  it('refuses 50 MB in words, before any parsing', () => {
    expect(refusal('word '.repeat(10_000_000))).toMatch(/too large to be one article \(50\.0 million characters/);
  });

  it('refuses a million lines without overflowing the stack', () => {
    expect(refusal('a\n'.repeat(1_000_000))).toMatch(/more than 100,000 lines/);
  });

  it('reads one line of 100,000 characters as one paragraph', () => {
    const line = 'The council met again today and talked about the budget for a long time. '.repeat(1400).slice(0, 100_000);
    const article = capturePastedText(line);
    expect(article.text).toBe(line.trim());
    expect(article.titleDerived).toBe(true);
  });

  // The time limit only guards against a hang: joining line by line was quadratic (30 s here).
  it('reads 20,000 hard-wrapped lines as one paragraph', { timeout: 20_000 }, () => {
    const text = 'A short line of article text that goes on and\n'.repeat(20_000);
    expect(capturePastedText(text).text.split('\n\n')).toHaveLength(1);
  });
});

describe('nothing half-saved', () => {
  let dir: string;
  let library: Library;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cuttings-limits-'));
    library = await openLibrary(dir);
  });
  afterAll(async () => {
    await library.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves the archive as it was when a paste is refused', async () => {
    for (const text of ['', 'a\n'.repeat(200_000), 'word '.repeat(1_100_000)]) {
      await expect(library.importText(text)).rejects.toThrow(CuttingsError);
    }
    expect(library.list().total).toBe(0);
    if (existsSync(path.join(dir, 'clippings'))) expect(readdirSync(path.join(dir, 'clippings'))).toEqual([]);
  });
});
