/**
 * What the entity lists must never hold, whatever found it: an agency or a dateline as an
 * organisation ("ΑΠΕ", "ΑΘΗΝΑ", "Reuters"), a job title as a person ("Bahnsprecherin",
 * "Sprecherin des Ministeriums"), a place as an organisation. Applied last, to every path.
 */
import { signOffAgency } from '../paste/agencies';
import { canonicalPlace } from './gazetteer';
import { ROLE_WORDS, TITLES } from './lexicon';

// Job titles written as one word (German compounds and their feminine forms, and others).
const ROLE_SUFFIX =
  /(?:sprecher|sprecherin|minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|direktor|direktorin|leiter|leiterin|vorsitzende|vorsitzender|sekretär|sekretärin|botschafter|botschafterin|bürgermeister|bürgermeisterin|abgeordnete|abgeordneter|experte|expertin|analyst|analystin|ökonom|ökonomin|spokesman|spokeswoman|spokesperson|ministre|porte-parole|portavoz|ministro|ministra|presidente|sindaco|rzecznik|mluvčí|ministr|министр|представитель|пресс-секретарь|bakanı|bakan|başkanı|sözcüsü|valisi|müdürü)$/iu;

/** True when `name` is a job title, not a person ("Bahnsprecherin", "Prime Minister"). */
export function isJobTitle(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (TITLES.has(name) || words.every((w) => ROLE_WORDS.has(w.toLowerCase()) || TITLES.has(w))) return true;
  // "Ulaştırma Bakanı", "Prime Minister": a name ending in a job title is the title.
  const last = words[words.length - 1] ?? '';
  return ROLE_SUFFIX.test(last) || (words.length > 1 && ROLE_WORDS.has(last.toLowerCase()));
}

/** True when `name`, found as an organisation, is really an agency or a place (a dateline). */
export function isAgencyOrPlace(name: string, dateline: string | null | undefined): boolean {
  if (signOffAgency(name) !== null) return true;
  if (canonicalPlace(name) !== null) return true;
  const head = dateline?.split(/[,/]/)[0]?.trim().toLowerCase();
  return head !== undefined && head.length > 0 && name.toLowerCase() === head;
}
