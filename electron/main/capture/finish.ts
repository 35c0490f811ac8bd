/**
 * The last step of every capture path (captureHtml, captureClipboard, captureFile, captureUrl):
 * the article's images and its HTML are made to agree. The archive stores only images that
 * have data, so an image without data is dropped from `images`, and every `<img>` of the HTML
 * that does not name a stored image is taken out (its caption or meaningful alt text stays).
 */
import { keepOnlyImages } from './html/drop-images';
import type { CapturedArticle } from './types';

/**
 * Returns `article` with only the images that carry data, and HTML that references only those
 * files. Pure: the input is not changed; an article that already agrees is returned as is.
 */
export function finishArticle(article: CapturedArticle): CapturedArticle {
  const images = article.images.filter((image) => image.data !== null && image.data.byteLength > 0);
  const html = article.html === null ? null : keepOnlyImages(article.html, new Set(images.map((i) => i.file)));
  if (images.length === article.images.length && html === article.html) return article;
  return { ...article, images, html };
}
