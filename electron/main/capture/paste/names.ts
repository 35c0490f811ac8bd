/** Small predicates on names, shared by byline and dateline parsing. */

// Particles that may stay lowercase inside a personal name.
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'le', 'la',
  'bin', 'ibn', 'al', 'el', 'ter', 'zu', 'y', 'e', 'af', 'av',
]);

// Words that make a capitalised phrase a publication rather than a person.
const PUBLICATION_WORDS =
  /(?<![\p{L}])(?:news|times|post|daily|herald|journal|tribune|gazette|telegraph|guardian|observer|independent|mail|express|mirror|star|sun|chronicle|review|magazine|weekly|press|media|radio|tv|television|network|online|zeitung|allgemeine|rundschau|anzeiger|kurier|spiegel|stern|welt|blatt|presse|nachrichten|tagesschau|journal|monde|figaro|libération|parisien|país|mundo|diario|nación|clarín|correo|noticias|noviny|deník|zprávy|новости|газета|staff|desk|editors?|team|redaktion|rédaction|redacción|redakce)(?![\p{L}])|\.(?:com|org|net|de|fr|es|cz|ru|co\.uk)\b/iu;

/** True when `text` reads as one person's name: 2–5 capitalised words, no digits. */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 60 || /[\d@:;!?()]/.test(t)) return false;
  if (PUBLICATION_WORDS.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  let capitalised = 0;
  for (const word of words) {
    if (PARTICLES.has(word.toLowerCase()) && word === word.toLowerCase()) continue;
    if (!/^(?:\p{Lu}[\p{Ll}\p{Lu}'’.-]*|\p{Lu}\.)$/u.test(word)) return false;
    capitalised++;
  }
  // All-caps multi-letter words are agencies or headlines, not names ("BERLIN DPA").
  return capitalised >= 2 && !words.every((w) => w.length > 2 && w === w.toUpperCase());
}

/** True when `text` is a list of names ("A and B", "A, B und C", "A & B"). */
export function isNameList(text: string): boolean {
  const parts = splitNames(text);
  return parts.length > 0 && parts.every(isPersonName);
}

/** The names in a list, split on commas and the word "and" in the languages we read. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+(?:and|und|et|y|e|a|i|и|en|och|og)\s+|\s*&\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** True when `text` contains a word only publications use in their names ("News", "Zeitung"). */
export function hasPublicationWord(text: string): boolean {
  return PUBLICATION_WORDS.test(text);
}

/** True when `text` looks like a publication's name ("The Sun News", "Süddeutsche Zeitung"). */
export function isPublicationName(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 60 || /[!?]$/.test(t)) return false;
  if (/^(?:the|die|der|le|la|el|les|los)\s+\p{Lu}/u.test(t)) return true;
  return PUBLICATION_WORDS.test(t) && /^\p{Lu}/u.test(t);
}
