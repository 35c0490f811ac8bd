import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureClipboard } from '../../../../electron/main/capture';
import { capturePastedText } from '../../../../electron/main/capture/paste';
import { safetyViolations } from '../sanitize/safety';

const TEXT = readFileSync(join(__dirname, '../../../fixtures/paste/wire-geneva.txt'), 'utf8');

/** The same selection as a browser copies it as HTML: no <head>, page furniture inside. */
function clipboardHtml(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => `<p style="margin:0" onclick="track()">${p.trim()}</p>`);
  paragraphs.splice(
    1,
    0,
    '<figure><img src="https://media.example/talks.jpg" alt="Delegates in Geneva"></figure>',
  );
  return `<html><body><!--StartFragment--><div class="story">${paragraphs.join('\n')}</div><script>track()</script><!--EndFragment--></body></html>`;
}

describe('captureClipboard', () => {
  it('takes fields and text from the paste parser and keeps the sanitized HTML, without pictures it cannot store', async () => {
    const article = await captureClipboard(TEXT, clipboardHtml(TEXT));
    const paste = capturePastedText(TEXT);
    expect(article.source).toBe('Reuters');
    expect(article.author).toBe(paste.author);
    expect(article.dateline).toBe(paste.dateline);
    expect(article.title).toBe(paste.title);
    expect(article.text).toBe(paste.text);
    expect(article.provenance.source).toBe('paste');
    expect(article.html).toContain('Negotiators from 14 countries');
    expect(safetyViolations(article.html ?? '')).toEqual([]);
    // The copied picture is on the web and is not downloaded: no image, no broken <img>, but
    // its alt text stays as the caption of the figure.
    expect(article.images).toEqual([]);
    expect(article.html).not.toContain('<img');
    expect(article.html).toContain('<figure><figcaption>Delegates in Geneva</figcaption></figure>');
    expect(article.original.file).toBe('original.html');
  });

  it('falls back to plain pasted text when the HTML holds no article', async () => {
    const article = await captureClipboard(TEXT, '<span>GENEVA, March 3 (Reuters)</span>');
    expect(article.html).toBeNull();
    expect(article.original.file).toBe('original.txt');
    expect(article.source).toBe('Reuters');
  });

  it('is plain pasted text without HTML', async () => {
    const article = await captureClipboard(TEXT);
    const paste = capturePastedText(TEXT);
    expect(article.html).toBeNull();
    expect(article.text).toBe(paste.text);
    expect(article.author).toBe(paste.author);
  });

  it('reads the fields from the HTML text when only HTML was copied', async () => {
    const article = await captureClipboard('', clipboardHtml(TEXT));
    expect(article.source).toBe('Reuters');
    expect(article.html).not.toBeNull();
    expect(article.text).toContain('Negotiators from 14 countries failed on Monday');
  });

  it('uses a headline from the HTML when the pasted text has none', async () => {
    const html = `<article><h1>Plastics talks end without a treaty</h1>${clipboardHtml(TEXT)}</article>`;
    const article = await captureClipboard(TEXT, html);
    // The wire story starts with its dateline: the paste parser can only derive a title.
    expect(capturePastedText(TEXT).titleDerived).toBe(true);
    expect(article.titleDerived).toBe(false);
    expect(article.title).toBe('Plastics talks end without a treaty');
  });
});
