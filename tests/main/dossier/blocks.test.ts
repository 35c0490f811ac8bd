import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../../electron/main/dossier/blocks';
import { isBylineLine, isDateLine } from '../../../shared/article-repeats';
import { makeClipping } from './sample-clippings';

const images = ['/a/img-1.jpg', '/a/img-2.png'];

describe('articleBlocks: what a clipping puts on the page', () => {
  it('keeps pictures where the article had them, with caption and credit, and the lead under the headline', () => {
    const clipping = makeClipping(1, {
      title: 'Whales strand again',
      author: 'Eleanor Ainge Roy',
      caption: 'A pod off Northland',
      credit: 'Reuters',
      images: [
        { file: 'img-1.jpg', alt: 'Whales on a beach', originalUrl: null },
        { file: 'img-2.png', alt: 'A boat', originalUrl: null },
      ],
    });
    const html = `
      <h1>Whales strand again</h1>
      <p>By Eleanor Ainge Roy</p>
      <p>Thu 3 Jan 2019 07.00 GMT</p>
      <p>First paragraph of the article, long enough to be one.</p>
      <figure><img src="img-2.png" alt="A boat"><figcaption>The boat that found them. Photograph: Mike Scott/AP</figcaption></figure>
      <ul><li><p>The boat that found them</p></li></ul>
      <blockquote><p>“Man’s greed in the ocean is hurting the whales.”</p></blockquote>
      <p>“A quotation in an ordinary paragraph,” he said.</p>
      <h2>Later</h2>
      <ol><li>one</li><li>two</li></ol>`;
    const blocks = articleBlocks({ clipping, images, html });
    expect(blocks).toEqual([
      { kind: 'figure', file: '/a/img-1.jpg', caption: 'A pod off Northland', credit: 'Reuters', alt: 'Whales on a beach' },
      { kind: 'paragraph', text: 'First paragraph of the article, long enough to be one.' },
      {
        kind: 'figure',
        file: '/a/img-2.png',
        caption: 'The boat that found them. Photograph: Mike Scott/AP',
        credit: 'Mike Scott/AP',
        alt: 'A boat',
      },
      { kind: 'quote', text: '“Man’s greed in the ocean is hurting the whales.”' },
      { kind: 'paragraph', text: '“A quotation in an ordinary paragraph,” he said.' },
      { kind: 'heading', text: 'Later' },
      { kind: 'list-item', text: 'one', marker: '1.' },
      { kind: 'list-item', text: 'two', marker: '2.' },
    ]);
  });

  it('sets plain text as paragraphs, never as quotes, with the dateline in front and loose pictures after', () => {
    const clipping = makeClipping(2, {
      text: '“We are closer than ever,” she said.\n\nMarkets fell.',
      dateline: 'Moscow',
      lang: 'en',
      images: [
        { file: 'img-1.jpg', alt: null, originalUrl: null },
        { file: 'img-2.png', alt: 'Harbour at dawn', originalUrl: null },
      ],
      caption: null,
      credit: null,
    });
    const blocks = articleBlocks({ clipping, images });
    expect(blocks.map((b) => b.kind)).toEqual(['figure', 'paragraph', 'paragraph', 'figure']);
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: 'MOSCOW — “We are closer than ever,” she said.' });
    expect(blocks[3]).toMatchObject({ file: '/a/img-2.png', caption: 'Harbour at dawn' });
  });

  it('leaves out a figure whose picture the archive lacks, and the paragraph repeating its caption', () => {
    const clipping = makeClipping(3, { images: [] });
    const html =
      '<p>Text before.</p><figure><figcaption>Kauri (Tekaurinui Robert) Parata carves a design at home</figcaption></figure>' +
      '<ul><li><p>Kauri (Te Kaurinui Robert) Parata carves a design at home</p></li></ul><p>Text after.</p>';
    expect(articleBlocks({ clipping, images: [], html })).toEqual([
      { kind: 'paragraph', text: 'Text before.' },
      { kind: 'paragraph', text: 'Text after.' },
    ]);
  });

  it('tells byline and date lines from text', () => {
    expect(isDateLine('Thu 3 Jan 2019 07.00 GMT')).toBe(true);
    expect(isDateLine('Last modified on Wed 2 Jan 2019 22.05 GMT')).toBe(true);
    expect(isDateLine('Publié le 04 mai 2015 à 13h36')).toBe(true);
    expect(isDateLine('2025-03-12 14:05')).toBe(true);
    expect(isDateLine('In 2019 the whales came back to the bay.')).toBe(false);
    expect(isBylineLine('By Eleanor Ainge Roy', 'Eleanor Ainge Roy')).toBe(true);
    expect(isBylineLine('Eleanor Ainge Roy in Wellington', 'Eleanor Ainge Roy')).toBe(true);
    expect(isBylineLine('Eleanor Ainge Roy met the elders of the tribe on Tuesday morning.', 'Eleanor Ainge Roy')).toBe(false);
    expect(isBylineLine('By Eleanor Ainge Roy', null)).toBe(false);
  });
});
