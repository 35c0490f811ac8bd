/**
 * A Word document (`.docx`) → CapturedArticle: mammoth turns it into HTML (headings, lists,
 * tables, pictures), which goes through the HTML capture whole, its pictures kept as the
 * clipping's images. The title is the document's first heading, else its own title property;
 * the author and date come from its properties when they are real.
 */
import mammoth from 'mammoth';
import { CuttingsError } from '../../../../shared/errors';
import { EmbeddedParts, captureEmbeddedPage } from '../html/embedded-images';
import { normaliseLang } from '../html/lang';
import { takeOpeningHeading } from '../html/opening-heading';
import type { CapturedArticle } from '../types';
import { readCoreProperties } from './properties';
import { checkDocxZip } from './zip-check';

/** A document's title and subtitle styles are headings too (mammoth leaves them as paragraphs). */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

async function toHtml(bytes: Uint8Array, parts: EmbeddedParts, label: string): Promise<string> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Never read files a document links to on this machine.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => ({
          src: parts.add({ data: new Uint8Array(await image.read()) }),
        })),
      },
    );
    return result.value;
  } catch (err) {
    throw new CuttingsError(
      'invalid-input',
      `${label} could not be read as a Word document (${(err as Error).message}). Open it in Word, save it again, and import the new file.`,
      { cause: err },
    );
  }
}

/**
 * Captures a Word document.
 * @throws CuttingsError `invalid-input` for a damaged file, a "zip bomb", a ZIP that is not a
 * Word document, or a document without text.
 */
export async function captureDocx(bytes: Uint8Array, options: { fileName?: string } = {}): Promise<CapturedArticle> {
  const label = `"${options.fileName ?? 'The document'}"`;
  const { coreXml } = checkDocxZip(bytes, label);
  const core = readCoreProperties(coreXml);
  const parts = new EmbeddedParts();
  const { html, heading } = takeOpeningHeading(await toHtml(bytes, parts, label));
  if (!html.replace(/<[^>]*>/g, '').trim()) {
    throw new CuttingsError('invalid-input', `${label} has no text to import: the document is empty${heading ? ' but for its title' : ''}.`);
  }
  const article = await captureEmbeddedPage(html, parts, { whole: true, fileName: options.fileName });
  const provenance = { ...article.provenance };
  const title = heading ?? core.title;
  if (title) provenance.title = heading ? 'derived' : 'document';
  if (core.creator) provenance.author = 'document';
  if (core.created) provenance.publishedAt = 'document';
  const lang = normaliseLang(core.language) ?? article.lang;
  if (core.language && lang !== article.lang) provenance.lang = 'document';
  return {
    ...article,
    title: title ?? article.title,
    titleDerived: title ? false : article.titleDerived,
    author: core.creator ?? article.author,
    publishedAt: core.created ?? article.publishedAt,
    lang,
    provenance,
    original: { file: 'original.docx', data: bytes },
  };
}
