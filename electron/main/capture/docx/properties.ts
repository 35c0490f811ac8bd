/**
 * A Word document's own properties (`docProps/core.xml`): title, creator, creation date. They
 * are often stale (a template's title, the account that made the file), so what reads as a
 * placeholder is ignored.
 */
import { parseHTML } from 'linkedom';
import { normaliseDate } from '../html/dates';

export interface CoreProperties {
  title: string | null;
  creator: string | null;
  created: string | null;
  language: string | null;
}

/** Titles Word and templates leave behind. */
const PLACEHOLDER_TITLE =
  /^(?:microsoft word\s*-.*|document\s*\d*|doc\d*|untitled.*|title|(?:new )?(?:press release|document|letter) template|template|draft\s*\d*|\d+)$/i;
/** Account names, not people: "Windows User", "Microsoft Office User", "admin", "jdoe". */
const PLACEHOLDER_CREATOR =
  /^(?:(?:windows|microsoft office|office|mac|apple|python-docx|libreoffice)\s+user|user\d*|admin(?:istrator)?|owner|author|unknown|[a-z0-9._-]+|[^\p{L}]*)$/iu;

function text(doc: Document, tag: string): string | null {
  // linkedom's XML mode keeps prefixed names as written: dc:title, dcterms:created.
  const value = doc.getElementsByTagName(tag)[0]?.textContent?.replace(/\s+/g, ' ').trim();
  return value || null;
}

/** Reads core.xml; every field null when it is missing or unreadable. */
export function readCoreProperties(xml: string | null): CoreProperties {
  const none: CoreProperties = { title: null, creator: null, created: null, language: null };
  if (!xml) return none;
  let doc: Document;
  try {
    doc = parseHTML(xml.replace(/<\?xml[^>]*\?>/, '')).document;
  } catch {
    return none;
  }
  const title = text(doc, 'dc:title');
  const creator = text(doc, 'dc:creator');
  const created = normaliseDate(text(doc, 'dcterms:created'));
  return {
    title: title && !PLACEHOLDER_TITLE.test(title) ? title : null,
    creator: creator && !PLACEHOLDER_CREATOR.test(creator) ? creator : null,
    // Word writes 1601 or 1980 into files that never had a date.
    created: created && Number(created.slice(0, 4)) >= 1990 ? created : null,
    language: text(doc, 'dc:language'),
  };
}
