/** Small predicates on names, shared by byline and dateline parsing. */
import { agencyName } from './agencies';
import { FIRST_NAMES } from '../nlp/lexicon';
import { isKnownSource } from './outlets';

// Particles that may stay lowercase inside a personal name.
const PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'le', 'la',
  'bin', 'ibn', 'al', 'el', 'ter', 'zu', 'y', 'e', 'af', 'av',
]);

// Words that make a capitalised phrase a publication rather than a person.
const PUBLICATION_WORDS =
  /(?<![\p{L}])(?:news|times|post|daily|herald|journal|tribune|gazette|telegraph|guardian|observer|independent|mail|express|mirror|star|sun|chronicle|review|magazine|weekly|press|media|radio|tv|television|network|online|zeitung|allgemeine|rundschau|anzeiger|kurier|spiegel|stern|welt|blatt|presse|nachrichten|tagesschau|journal|monde|figaro|libération|parisien|país|mundo|diario|nación|clarín|correo|noticias|noviny|deník|zprávy|новости|газета|staff|desk|editors?|team|redaktion|rédaction|redacción|redakce)(?![\p{L}])|\.(?:com|org|net|de|fr|es|cz|ru|co\.uk)\b/iu;

// What a writer is, printed after the name: "Senior Correspondent", "Staff Writer", "Redakteurin".
const ROLE_WORDS =
  'correspondents?|корреспондент|обозреватель|журналист|reporters?|editors?|writers?|columnists?|contributors?|producers?|analysts?|critics?|bureau chief|chief|photographers?|journalists?|' +
  'korrespondent(?:in)?|redakteur(?:in)?|autor(?:in)?|reporter(?:in)?|correspondante?|journaliste|rédact(?:eur|rice)|envoyée? spéciale?|' +
  'ceo|cto|cfo|founder|co-founder|cofounder|anchor|presenter|blogger|freelancer|' +
  'corresponsal|periodista|redactora?|enviada? especial|giornalista|inviat[oa]|corrispondente|correspondente|jornalista|repórter|verslaggever|redacteur|correspondent';
const ROLE_ADJECTIVES =
  '(?:senior|chief|staff|contact|contributing|special|political|economics?|business|science|health|technology|tech|sports?|foreign|national|international|' +
  'deputy|associate|executive|managing|investigative|digital|editorial|white house|washington|europe|asia|africa|middle east|' +
  'leitende[rn]?|stellvertretende[rn]?|politische[rn]?)';
const ROLE = new RegExp(`(?<![\\p{L}])(?:${ROLE_WORDS})(?![\\p{L}])`, 'iu');
const TRAILING_ROLE = new RegExp(`^(.+?),?\\s+(?:${ROLE_ADJECTIVES}\\s+)*(?:${ROLE_WORDS})(?:\\s+(?:at|for|of|bei|für|de|du|del)\\s+.{2,40})?$`, 'iu');

const ROLE_ONLY = new RegExp(`^(?:${ROLE_ADJECTIVES}\\s+)*(?:${ROLE_WORDS})$`, 'iu');

/** True when `text` names what a writer is, among other words: "News & Culture Writer", "CEO". */
export function hasRoleWord(text: string): boolean {
  return ROLE.test(text);
}

/** True when `text` is only what a writer is: "Staff Writer", "Tech Reporter", "Contributor". */
export function isRoleOnly(text: string): boolean {
  return ROLE_ONLY.test(text.trim());
}

/** "Jane Doe Senior Correspondent", "Jane Doe, Staff Writer" → "Jane Doe"; other text as it is. */
export function withoutRole(text: string): string {
  const m = TRAILING_ROLE.exec(text.trim());
  if (!m?.[1]) return text;
  const name = m[1].trim();
  return isPersonName(name) || /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3}$/u.test(name) ? name : text;
}

const FUNCTION_WORDS = new Set([
  'of', 'this', 'that', 'the', 'for', 'with', 'our', 'your', 'my', 'to', 'from', 'about', 'all', 'more', 'view', 'read', 'see', 'here', 'is', 'are',
  // Buttons and labels ("Join Discussion", "Sign Up", "Share Story"): never part of a name.
  'join', 'share', 'sign', 'login', 'subscribe', 'follow', 'watch', 'listen', 'print', 'email', 'comments', 'discussion', 'newsletter', 'menu', 'search', 'gallery',
  // A credit's own words ("Translation By Chihiro Oka", "Photo By …"): the name is after them.
  'by', 'translation', 'translated', 'photo', 'photos', 'photograph', 'illustration', 'edited', 'editing', 'reporting',
]);

// Words of a date or time stamp: "Published Wed", "Updated Monday" are never a name.
const STAMP_WORDS =
  /^(?:published|updated|posted|modified|publicado|publicada|actualizado|atualizado|publié|publiée|veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|opublikowano|am|pm|gmt|utc|est|edt|pst|pdt|cet|cest)$/iu;

// Page furniture a site prints in title case, shaped like a name ("Social Sharing", "Trending Now", "Key
// Points", "Related Links", "Lo Más Leído", "Verwandte Themen", "Notas Recomendadas"), in the languages read.
const FURNITURE_WORDS = new Set([
  'social', 'sharing', 'trending', 'now', 'key', 'points', 'related', 'links', 'continue', 'reading', 'below', 'tags', 'topics', 'latest',
  'popular', 'recommended', 'profile', 'register', 'connect', 'sponsored', 'advertisement', 'highlights', 'summary', 'takeaways', 'editions',
  'más', 'leído', 'leido', 'leídos', 'leídas', 'notas', 'recomendadas', 'recomendados', 'relacionadas', 'relacionados', 'ver', 'planes', 'suscríbete',
  'mais', 'lidas', 'veja', 'também', 'leia', 'plus', 'lus', 'lire', 'aussi', 'voir', 'verwandte', 'themen', 'weitere', 'mehr', 'lesen', 'artikel',
  'più', 'letti', 'leggi', 'anche', 'correlati', 'live', 'republish', 'article', 'articles', 'today',
  // Sections and site furniture: "Arab World", "Sudan Crisis", "Nuestras Apps", "Liga Nacional".
  'world', 'crisis', 'apps', 'app', 'nuestras', 'nuestros', 'politics', 'business', 'sports', 'opinion', 'culture', 'economy', 'science', 'technology',
  'video', 'videos', 'recomendado', 'recomendados', 'recomendada', 'lifestyle', 'entertainment', 'weather', 'podcast', 'podcasts', 'newsletters', 'liga', 'nacional', 'internacional', 'deportes', 'economía', 'política', 'hoy', 'hoje', 'heute', 'oggi',
]);

/**
 * True when a name-shaped line is a label of the page ("Social Sharing", "Trending Now", "Lo Más
 * Leído"): it still stands where a byline would (the layout keeps it as such), but names no one.
 */
export function isFurnitureName(text: string): boolean {
  return text.split(/\s+/u).some((w) => FURNITURE_WORDS.has(w.toLowerCase()));
}

// A Latin word of three letters or more without a vowel: an acronym ("NHK", "Nhk", "XYZ"), not a name.
const ACRONYM = /^(?=\p{sc=Latin}{3,}$)[^aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]+$/iu;

const CAMEL = /^\p{Lu}\p{Ll}{2,}\p{Lu}/u;
const CAMEL_NAME = /^(?:Mac|Fitz|Van|Vander|Von|Della|Dal|Del|Ben|Abu|Ould|Ter|Ten|Dell|Des|Les|San)\p{Lu}/u;

/** True when `text` reads as one person's name: 2–5 capitalised words, no digits. */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 60 || /[\d@:;!?()]/.test(t)) return false;
  if (PUBLICATION_WORDS.test(t) || ROLE.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  // "Topics Of This Blog", "More From Our Writers": words a heading has and a name never does.
  if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || STAMP_WORDS.test(w.replace(/[,.:]$/u, '')))) return false;
  // "NHK ONE", "PTI ABC XYZ DV DV": an acronym (no vowel) or an agency's name is never part of a person's name.
  if (words.some((w) => ACRONYM.test(w.normalize('NFD').replace(/\p{M}/gu, '')) || (w.length > 1 && w === w.toUpperCase() && agencyName(w) !== null))) return false;
  // "OpenWorld", "LiveDashboard", "GuardDuty": a product's CamelCase, not a name ("MacArthur", "FitzGerald", "VanderBerg" are).
  if (words.some((w) => CAMEL.test(w) && !CAMEL_NAME.test(w))) return false;
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

// What a site, a paper or a section is called, never a person: "الجزيرة نت", "חדשות 13", "人民网", "朝日新聞", "国際".
export const NOT_A_NAME =
  /(?:^|\s)(?:نت|نيوز|أخبار|الأخبار|اليوم|صحيفة|جريدة|موقع|قناة|وكالة|بوابة|الجزيرة|العربية|الشرق|الأهرام|الوطن|النهار|الحياة|البيان|الخليج|سكاي|اقتصاد|سياسة|رياضة|ثقافة|منوعات|الرئيسية|חדשות|וואלה|הארץ|מעריב|ידיעות|כלכליסט|גלובס|ערוץ|כאן|פוליטי|כלכלה|ספורט|תרבות|דעות|מערכת|צוות|التحرير|المحرر|فريق|डेस्क|ब्यूरो|टीम|संवाददाता|एजेंसी|एजेंसियां|समाचार|न्यूज|न्यूज़|डिजिटल)(?:\s|$)|(?:网|網|报|報|社|新闻|新聞|时报|時報|通信|テレビ|放送|ニュース|电视|電視|频道|頻道|客户端|官网|日経|编辑|編集|政治|経済|経済|国際|国际|社会|文化|科学|科技|财经|財經|体育|體育|娱乐|娛樂|军事|時政|时政|要闻|要聞|评论|評論|観点|观点|视频|視頻|图片|圖片|スポーツ|エンタメ|ビジネス|ライフ|オピニオン|社説|首页|首頁|字号|字號|字体|字體|播报|播報)$/u;

/** "Jane Smith Fox News" → Jane Smith and Fox News, when the words after a name are a known outlet or agency. */
export function nameThenOutlet(text: string): { name: string; source: string } | null {
  const words = text.split(/\s+/u);
  // The shortest name first: "Fox News" is an outlet, "News" alone names none.
  for (let k = 2; k <= Math.min(4, words.length - 1); k++) {
    const name = words.slice(0, k).join(' ');
    const rest = words.slice(k).join(' ');
    const source = agencyName(rest) ?? (isKnownSource(rest) ? rest : null);
    if (source && isPersonName(name)) return { name, source };
  }
  return null;
}

/** "Jane Doe and John Roe": a list of names each opening with a known given name (a bare line of two title-case phrases may be a heading). */
export function givenNames(text: string): boolean {
  const names = splitNames(text);
  return names.length > 1 && names.every((n) => FIRST_NAMES.has(n.split(/\s+/u)[0] ?? ''));
}

/** Title-cases all-caps words in a name ("JILL LAWLESS" → "Jill Lawless"), AP style bylines. */
export function unshout(text: string): string {
  return text.replace(/\p{Lu}{2,}(?:['’-]\p{Lu}+)*/gu, (word, at: number) => {
    if (agencyName(word)) return word;
    // "JANE DOE AND JOHN SMITH": the word joining two names stays a conjunction.
    if (at > 0 && CONJUNCTIONS.has(word.toLowerCase())) return word.toLowerCase();
    return word.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
  });
}

// Small words an outlet's name may keep in lower case ("Post and Courier", "Corriere della Sera").
export const LOWER_IN_TITLES = new Set(['and', 'the', 'for', 'und', 'der', 'die', 'das', 'del', 'della', 'les', 'des', 'von', 'van', 'y', 'et']);

const CONJUNCTIONS = new Set(['and', 'und', 'et', 'y', 'en', 'och', 'og']);
