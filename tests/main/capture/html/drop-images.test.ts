/** Pictures the archive will not have are taken out of article HTML, their words kept. */
import { describe, expect, it } from 'vitest';
import { keepOnlyImages, meaningfulAlt } from '../../../../electron/main/capture/html/drop-images';
import { finishArticle } from '../../../../electron/main/capture/finish';
import { capturePastedText } from '../../../../electron/main/capture/paste';

describe('meaningfulAlt', () => {
  it.each(['', 'image', 'Photo 3', 'IMG_2041.jpg', 'hero_image_2x', 'Logo', 'Photo: Reuters', 'https://x.example/a.png'])(
    '%j says nothing without its picture',
    (alt) => expect(meaningfulAlt(alt)).toBeNull(),
  );
  it('keeps a real description', () => {
    expect(meaningfulAlt('  Delegates arrive  in Geneva ')).toBe('Delegates arrive in Geneva');
  });
});

describe('keepOnlyImages', () => {
  it('keeps stored pictures and drops the others with their empty wrappers', () => {
    const html =
      '<p>One.</p><p><a href="https://x.example"><img src="img-1.jpg" alt="Kept"></a></p>' +
      '<div><picture><img src="https://cdn.example/gone.jpg" alt="image"></picture></div><p>Two.</p>';
    const out = keepOnlyImages(html, new Set(['img-1.jpg']));
    expect(out).toContain('src="img-1.jpg"');
    expect(out).not.toContain('gone.jpg');
    expect(out).not.toContain('<picture');
    expect(out).toContain('Two.');
  });

  it('keeps a figure caption, and turns a meaningful alt into one', () => {
    const html =
      '<figure><img src="a.jpg" alt="x"><figcaption>Delegates in Geneva on Monday</figcaption></figure>' +
      '<div><img src="b.jpg" alt="The harbour bridge at dusk"></div>' +
      '<figure><img src="c.jpg" alt="Map"><figcaption>Photo: AFP</figcaption></figure>';
    const out = keepOnlyImages(html, new Set());
    expect(out).not.toContain('<img');
    expect(out).toContain('<figcaption>Delegates in Geneva on Monday</figcaption>');
    expect(out).toContain('<figcaption>The harbour bridge at dusk</figcaption>');
    expect(out).not.toContain('AFP');
  });

  it('does not push an alt text into a sentence', () => {
    const out = keepOnlyImages('<p>Before <img src="x.png" alt="A small inline chart"> after.</p>', new Set());
    expect(out).toBe('<p>Before  after.</p>');
  });

  it('returns the same string when nothing goes', () => {
    const html = '<p>No pictures.</p>';
    expect(keepOnlyImages(html, new Set())).toBe(html);
  });
});

describe('finishArticle', () => {
  it('drops images without data and is a no-op on an article that agrees', () => {
    const base = capturePastedText('Harbour bridge to close\n\nThe council voted on Tuesday to close the bridge to cars.');
    expect(finishArticle(base)).toBe(base);
    const withImages = {
      ...base,
      html: '<p>Text.</p><img src="img-1.png" alt="x"><img src="img-2.png" alt="y">',
      images: [
        { file: 'img-1.png', alt: null, originalUrl: null, data: new Uint8Array([1]) },
        { file: 'img-2.png', alt: null, originalUrl: 'https://cdn.example/2.png', data: null },
      ],
    };
    const done = finishArticle(withImages);
    expect(done.images.map((i) => i.file)).toEqual(['img-1.png']);
    expect(done.html).toContain('img-1.png');
    expect(done.html).not.toContain('img-2.png');
    expect(withImages.images).toHaveLength(2);
  });
});
