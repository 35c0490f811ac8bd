/**
 * Lead-ins whose shape alone is weak evidence, read only on the article's first paragraph of
 * prose and never on a line of the header (classify.ts does not see them):
 *
 * - "Lahore: The Punjab government…"   a mixed-case place the gazetteer does not know before a
 *                                       colon (South Asian papers), not in an interview's transcript;
 * - "(Québec) Le gouvernement…"        a place in brackets (Quebec's papers);
 * - "Montevideo.- El Gobierno…"        a mixed-case place before ".-" (Latin American papers);
 * - "Hà Nội - Chiều 20-5, …"           a mixed-case place before a spaced hyphen;
 * - "Dodoma. Serikali imesema…"        a place and a full stop (East African and German regional
 *                                       papers: "Dar es Salaam. …", "Essen. …"), never a single word
 *                                       that is a sentence of its own ("Yes.", "Nein.");
 * - "(Dân trí) - Bộ Y tế…"             a site's own name in brackets before a dash (Vietnam's papers):
 *                                       no place; the name is the source when nothing better is found.
 *
 * Each needs a whole sentence after it, and refuses the labels that open paragraphs the same way
 * ("Update:", "Fazit:", "Цитата:", "(Photo)").
 */
import { agencyName } from './agencies';
import { outletName } from './outlets';
import type { Dateline } from './dateline';

const WORD = "\\p{Lu}[\\p{Ll}'’-]+";
// One or two capitalised words ("Lahore", "Rahim Yar Khan" is three and left alone).
const COLON_PLACE = new RegExp(`^(${WORD}(?: ${WORD})?):\\s+(?=\\p{Lu})`, 'u');
const BRACKET_PLACE = new RegExp(`^\\((${WORD}(?:[ -]${WORD}){0,2})\\)\\s+(?=\\p{Lu})`, 'u');
const DOT_DASH_PLACE = new RegExp(`^(${WORD}(?: ${WORD}){0,2})\\.-\\s*(?=\\p{Lu})`, 'u');
const HYPHEN_PLACE = new RegExp(`^(${WORD}(?: ${WORD}){0,2}) - (?=\\p{Lu})`, 'u');
// Inner words may be particles: "Dar es Salaam", "Frankfurt am Main".
const STOP_PLACE = new RegExp(`^(${WORD}(?: (?:${WORD}|es|el|am|an|de|la|di|da|do|upon|on)){0,3})\\. (?=\\p{Lu})`, 'u');
const SITE_BRACKET = /^\(([^()\d\n]{2,24})\)\s*[-–—]\s*(?=\p{Lu})/u;

// Mixed-case words that open a paragraph before a colon or in brackets and are no place.
const WEAK_LABELS = new Set(
  (
    'update updated note editor correction clarification photo photos video watch read listen related background context summary ' +
    'analysis opinion comment quote source sources disclaimer warning spoiler answer question why what how who where when bottom ' +
    'verdict conclusion breaking live exclusive also more fazit zitat hinweis anmerkung kommentar aktualisierung lesen mehr dazu auch ' +
    'video foto bild nota remarque mise lire aussi actualización actualizado lea leia veja atualização aggiornamento leggi lees ook zie ' +
    'läs också les også цитата обновлено важно справка читайте смотрите внимание фото видео примечание оновлено також ' +
    'ap afp reuters anp dpa efe yes no ok okay well so hello hi thanks nein ja doch oui non sí não nee nej tak да нет ні так ' +
    // Abbreviations before a name: "Mr. Smith said…", "Prof. Müller…".
    'mr mrs ms dr st gen sen rep gov prof capt sgt lt col maj dept corp inc ltd bros jr sr vs hr fr nr frau herr mme mlle sra sr'
  ).split(' '),
);

// A transcript: two paragraphs or more that open with a speaker and a colon ("Smith: …", "Q: …").
const SPEAKER = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?:\s/u;

function sentence(rest: string): boolean {
  const text = rest.trim();
  return /[.!?…]["”»’)]?$/u.test(text) && text.split(/\s+/u).length >= 6;
}

const label = (place: string): boolean => place.split(/[\s-]+/u).some((w) => WEAK_LABELS.has(w.toLowerCase()));

/** A weak lead-in opening `paragraph`, the first of prose in `body`, or null. */
export function parseWeakLeadIn(paragraph: string, body: readonly string[]): Dateline | null {
  const site = SITE_BRACKET.exec(paragraph);
  const siteName = site?.[1]?.trim() ?? '';
  if (site && !label(siteName) && agencyName(siteName) === null && sentence(paragraph.slice(site[0].length))) {
    return { place: null, agency: null, date: null, rest: paragraph.slice(site[0].length), source: outletName(siteName) ?? siteName };
  }
  for (const re of [COLON_PLACE, BRACKET_PLACE, DOT_DASH_PLACE, HYPHEN_PLACE, STOP_PLACE]) {
    const m = re.exec(paragraph);
    const place = m?.[1];
    if (!m || !place || label(place) || agencyName(place) !== null || !sentence(paragraph.slice(m[0].length))) continue;
    if (re === COLON_PLACE && body.filter((p) => SPEAKER.test(p)).length >= 2) return null;
    return { place, agency: null, date: null, rest: paragraph.slice(m[0].length) };
  }
  return null;
}
