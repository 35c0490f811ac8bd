/**
 * The writer named where the article ends, for pages whose header names no one: under an "About
 * the author" label ("ABOUT THE AUTHOR" / "Laura Winter", "この記事を書いた人" / a name), or in a
 * closing bio ("Pete Evans is the senior business writer for CBCNews.ca.", "Gina Trapani is CEO at
 * Postlight. Send her a note at gina.trapani@…"). A person the article quotes is described in the
 * same words ("X is the editor of …"), so a bio counts only among the closing paragraphs, and only
 * when it says what a writer is or gives the writer's own address.
 */
import type { Line } from './classify';
import { isPersonName } from './names';

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
  return underLabel(lines, from) ?? closingBio(lines, from);
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
