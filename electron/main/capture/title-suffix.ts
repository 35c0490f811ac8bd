/**
 * Headlines as pages title them carry the site's name and sometimes the author's after them:
 * "… | Eleanor Ainge Roy", "… - The Guardian", "… – Firefox Nightly News", "… - John C. Welch -
 * Medium". {@link cleanHeadline} takes such suffixes off, for pastes and saved pages alike,
 * without eating real headline text ("Brexit - what happens next" stays whole): a suffix goes only
 * when it names the clipping's source or author, an agency, a publication, a web address or a
 * blogging platform, or stands after a pipe (which headlines themselves do not use) and is short.
 */
import { agencyName } from './paste/agencies';
import { hasPublicationWord, isPersonName, isPublicationName } from './paste/names';
import { nameKey } from './paste/name-key';

const SEPARATOR = /^(.+?)\s+(\||-|–|—|::|·|•)\s+([^|–—·•]+)$/u;
const PLATFORMS = /^(?:medium|substack|wordpress(?:\.com)?|blogger|blogspot|tumblr|youtube|linkedin|facebook|x|twitter|ghost|dev(?:\.to)?)$/iu;

export interface HeadlineContext {
  source?: string | null;
  author?: string | null;
}

/** True when `suffix` repeats what the context says or names a site. */
function namesSite(suffix: string, context: HeadlineContext): boolean {
  const s = nameKey(suffix);
  for (const known of [context.source, context.author]) {
    if (known && (nameKey(known) === s || nameKey(known).startsWith(s) || s.startsWith(nameKey(known)))) return true;
  }
  return (
    agencyName(suffix) !== null ||
    PLATFORMS.test(suffix) ||
    /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}$/iu.test(suffix) ||
    isPublicationName(suffix) ||
    hasPublicationWord(suffix)
  );
}

function words(text: string): number {
  const cjk = text.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu)?.length ?? 0;
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length + cjk / 3;
}

/** The headline without its site and author suffixes (at most two are taken off). */
export function cleanHeadline(title: string, context: HeadlineContext = {}): string {
  let out = title.trim();
  for (let round = 0; round < 2; round++) {
    const m = SEPARATOR.exec(out);
    if (!m?.[1] || !m[3]) break;
    const [head, sep, suffix] = [m[1].trim(), m[2], m[3].trim()];
    if (words(head) < 3 || words(suffix) > 6 || /[?!]$/u.test(suffix)) break;
    const pipe = sep === '|' || sep === '::';
    const strip = namesSite(suffix, context) || (pipe && (isPersonName(suffix) || words(suffix) <= 4));
    if (!strip) break;
    out = head;
  }
  return out;
}
