/**
 * The writer named where the article ends, for pages whose header names no one: under an "About
 * the author" label ("ABOUT THE AUTHOR" / "Laura Winter", "この記事を書いた人" / a name), or in a
 * closing bio ("Pete Evans is the senior business writer for CBCNews.ca.", "Gina Trapani is CEO at
 * Postlight. Send her a note at gina.trapani@…"). A person the article quotes is described in the
 * same words ("X is the editor of …"), so a bio counts only among the closing paragraphs, and only
 * when it says what a writer is or gives the writer's own address.
 */
import type { Line } from './classify';
import { agencyName } from './agencies';
import { isPersonName, NOT_A_NAME } from './names';

// The label of an author box, in the languages read.
const ABOUT =
  /^(?:about the authors?|about the writer|the authors?|sobre (?:el|la|o|a) autora?|sobre los autores|sobre os autores|à propos de l['’]auteure?|l['’]auteure?|über (?:den|die) autor(?:in)?|zur autorin|zum autor|l['’]autore|sull['’]autore|over de auteur|o autorze|об авторе|про автора|yazar hakkında|この記事を書いた人|この記事の筆者|筆者プロフィール|著者プロフィール|執筆者プロフィール|作者简介|作者簡介|关于作者|關於作者|기자 프로필|عن الكاتب|نبذة عن الكاتب|על הכותב|על הכותבת|درباره نویسنده|लेखक के बारे में)\s*[:：]?$/iu;
// A name in a script without capitals, alone on its line under the label ("小林直樹", "محمد علي").
const UNCASED = /^(?:[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{M}]|\u200c){2,12}(?:[\s\u3000](?:[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}\p{M}]|\u200c){1,12}){0,3}$/u;
// "Jane Doe is a…", "Jane Doe (she/her) is…", "Jane Doe writes…": a bio opens with the name and a verb.
const BIO = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)(?:\s*\([^)]{1,20}\))?\s+(?:is|was|has been|writes|covers|reports)\s/u;
// What a writer is ("a senior business writer", "Opinion Editor", "an NBC News freelance producer").
const WRITER = /(?<![\p{L}])(?:writers?|reporters?|editors?|correspondents?|columnists?|contributors?|contributing|journalists?|producers?|authors?|bloggers?|freelancer?|photographers?|critics?|anchors?|presenters?)(?![\p{L}])/iu;
/** How many of the article's closing paragraphs a bio may stand among. */
const CLOSING = 3;
/** How far under the label the name may stand (a photo, a blank between). */
const UNDER_LABEL = 3;

/** The name an "About the author" box or a closing bio gives, or null. */
export function authorFromBio(lines: Line[], from: number): string | null {
  return underLabel(lines, from) ?? closingBio(lines, from) ?? contactLine(lines, from);
}

// "To contact the reporter on this story: Jane Doe in London at jdoe@…", "記事に関する記者への問い合わせ先：東京 山田太郎 …".
const CONTACT = /^(?:to contact the reporters? (?:on|for|of) this story|記事に関する記者への問い合わせ先)\s*[:：]\s*(.+)$/iu;

/** The writers a wire's closing contact line names, or null. */
function contactLine(lines: Line[], from: number): string | null {
  for (const line of lines.slice(from)) {
    const m = CONTACT.exec(line.text.trim());
    if (!m?.[1]) continue;
    const people = m[1]
      .split(/\s*[;；]\s*|\s+and\s+|[、，]/u)
      .map((p) => p.replace(/[\w.+-]+@[\w.-]+/gu, '').replace(/\s+(?:in|at)\s+.*$/u, '').replace(/^\p{sc=Han}{2,4}[\s\u3000]+(?=\p{sc=Han})/u, '').trim())
      .filter((p) => isPersonName(p) || /^[\p{sc=Han}\p{sc=Katakana}]{2,6}$/u.test(p));
    if (people.length > 0) return people.join(', ');
  }
  return null;
}

function underLabel(lines: Line[], from: number): string | null {
  const at = lines.findIndex((l, i) => i >= from && ABOUT.test(l.text.trim()));
  if (at < 0) return null;
  for (let i = at + 1; i < Math.min(lines.length, at + 1 + UNDER_LABEL); i++) {
    const line = lines[i] as Line;
    if (line.byline?.author && (line.kind === 'name' || line.kind === 'byline')) return line.byline.author;
    const text = line.text.trim();
    if (!line.prose && UNCASED.test(text)) return text.replace(/[\s\u3000]+/gu, ' ');
    const bio = bioName(text);
    if (bio) return bio;
  }
  return null;
}

/** The names of the bios among the article's closing paragraphs ("Stella Kim is …", "Jennifer Jett is …"). */
function closingBio(lines: Line[], from: number): string | null {
  // Paragraphs: prose, or a short sentence ("Stella Kim is an NBC News freelance producer based in Seoul.").
  const prose = lines.map((l, i) => (i >= from && (l.prose || (l.kind === 'text' && /[.!?]$/u.test(l.text))) ? i : -1)).filter((i) => i >= 0);
  const names: string[] = [];
  for (const i of prose.slice(-CLOSING)) {
    const name = bioName((lines[i] as Line).text);
    if (name && !names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join(', ') : null;
}

/** The person a bio sentence is about, when it says what a writer is or gives the writer's own address. */
function bioName(text: string): string | null {
  const m = BIO.exec(text);
  const name = m?.[1];
  if (!name || !isPersonName(name)) return null;
  const first = text.slice(0, 200).split(/(?<=[.!?])\s/u)[0] ?? '';
  if (WRITER.test(first)) return name;
  // "Send her a note at gina.trapani@postlight.com": the address spells the name.
  const words = name.toLowerCase().split(/\s+/u).filter((w) => w.length >= 3);
  const addresses = text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu) ?? [];
  return addresses.some((a) => words.some((w) => (a.split('@')[0] ?? '').includes(w))) ? name : null;
}

const HAN_NAMES = '([\\p{sc=Han}·]{2,4}(?:\\s*[、，,]\\s*[\\p{sc=Han}·]{2,4}){0,4})';
const JA_NAME = '([\\p{sc=Han}\\p{sc=Katakana}\\p{sc=Hiragana}ー]{1,4}[\\s\\u3000]?[\\p{sc=Han}\\p{sc=Katakana}\\p{sc=Hiragana}ー]{1,4})';
// A CJK byline inside the text, at the head of the first paragraph: "本报讯（记者 陈晨）", "新京报讯（记者吴婷婷）",
// "南都讯 记者陈静 5月20日", "【环球网报道 记者 赵明】", "【文/观察者网 李强】", "【フィラデルフィア（…）5日＝田中一郎】".
const LEAD_REPORTER = [
  new RegExp(`^.{0,24}?[（(]\\s*(?:本报|本報|特约|特約|首席)?(?:记者|記者)\\s*${HAN_NAMES}\\s*[）)]`, 'u'),
  new RegExp(`^.{0,12}?(?:讯|訊)\\s*(?:本报|本報)?(?:记者|記者)\\s*${HAN_NAMES}(?=\\s)`, 'u'),
  new RegExp(`^[【［\\[][^】］\\]]{0,12}?(?:记者|記者)\\s*${HAN_NAMES}\\s*[】］\\]]`, 'u'),
  new RegExp(`^[【［\\[](?:文|作者)\\s*[/／:：|｜]\\s*(?:\\S{2,10}\\s+)?${HAN_NAMES}\\s*[】］\\]]`, 'u'),
  new RegExp(`^[【［\\[][^】］\\]]{0,60}[＝=]\\s*${JA_NAME}\\s*[】］\\]]`, 'u'),
];
// The writer's sign-off at the end of the article, as Japanese and Chinese papers print it: "（山田太郎）",
// "【佐藤花子】", "（鈴木健記者）", "（ワシントン＝田中一郎）", "（记者 王五）".
const SIGN_OFF =
  /[（(【]\s*(?:([^（）()【】＝=\s]{1,10})\s*[＝=]\s*)?(?:(记者|記者)\s*)?([\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}ー]{2,6}?(?:[、，,・\s\u3000][\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}ー]{2,6}?){0,3})\s*(记者|記者|特派員|特派员)?\s*[）)】]$/u;
// Editors, photographers, translators, sources and "the end" are signed the same way, and are not the writer.
const NOT_WRITER = /[编編责責校审審摄攝图圖完終终来來译譯訳続续稿供]|写真|提供|ロイター|共同|時事/u;

/** The writer a CJK article names in its lead-in or signs at its end, or null. */
export function signedInText(body: string[]): string | null {
  for (const form of LEAD_REPORTER) {
    const lead = form.exec((body[0] ?? '').trim())?.[1];
    if (lead && !NOT_WRITER.test(lead) && !agencyName(lead) && !NOT_A_NAME.test(lead)) return names(lead);
  }
  // The last paragraph, or a line of its own under it ("（鈴木健記者）"), with a few buttons after it perhaps.
  for (const paragraph of body.slice(-4).reverse()) {
    const m = SIGN_OFF.exec(paragraph.trim());
    // After a sentence ("…進める。（山田太郎）") or on a line of its own: a headline in a list ends "…の辞（上野宣）".
    if (m && m.index > 0 && !/[。．.!?！？」』"”]\s*$/u.test(paragraph.trim().slice(0, m.index))) continue;
    const name = m?.[3];
    if (!m || !name || NOT_WRITER.test(name) || agencyName(name) || NOT_A_NAME.test(name)) continue;
    // A name of two characters is as often a label ("（完）", "（新华）"): only with the word for reporter or a place.
    const marked = Boolean(m[1] || m[2] || m[4]);
    if (!marked && name.replace(/[、，,・\s\u3000]/gu, '').length < 3) continue;
    return names(name);
  }
  return null;
}

const names = (text: string): string => text.split(/\s*[、，,]\s*/u).filter((n) => n.length > 0).join('、');
