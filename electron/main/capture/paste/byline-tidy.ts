/**
 * Bylines printed in other orders or wrappers, put into the "By NAME DATE" form parseByline
 * reads: a date first, a glued "By", a social handle, a slash, brackets, a signature with a
 * place and role, a CJK prefix with its own marks.
 */
import { dateLine, findDate, type DateOptions } from './dates';
import { FIRST_NAMES } from '../nlp/lexicon';
import { hasRoleWord, isPersonName, NOT_A_NAME } from './names';
import { isKnownSource } from './outlets';

/** The words that open a byline, in many languages: "By", "Von", "Par", "作者："… */
export const PREFIX =
  /^(?:by|written by|posted by|published by|publicado por|publicada por|publié par|publiée par|pubblicato da|a cura di|escribe|escriben|napisał|napisała|przez|words by|reported by|story by|article by|text by|(?:text|words) and (?:photos|pictures) by|escrito por|escrita por|scritto da|geschreven door|geschrieben von|écrit par|(?:ein(?:e)?\s+)?(?:kommentar|analyse|kolumne|gastbeitrag|essay|reportage|glosse)\s+von|von|par|por|door|di|av|af|od|от|текст|автор|автори|авторы|autor(?:in|a|ka)?|author|auteur|text|texte|oleh|pewarta|penulis|reporter|opracowanie|του|της|των|מאת|כתב|כתבת|بقلم|كتب|كتبت|إعداد|اعداد|yazan|本报记者|本報記者|新华社记者|新華社記者|特约记者|特約記者|记者|記者|投稿者|作者|撰文|著者|筆者|執筆者|执笔|執筆|取材・文|取材・執筆|文・写真|写真・文|ライター|文)(?:\s*[:：・／]\s*|\s+|$)(.*)$/iu;

/** A social handle glued to a name ("Grant Brisbee@GrantBrisbee"), not an e-mail address. */
const HANDLE = /(?<=\p{L})\s?@[A-Za-z0-9_]{2,30}(?![.@\w])/gu;

/**
 * Puts the bylines sites print in other orders into the "By NAME DATE" form the parser reads:
 * "Written on Mar 17 by Pippin Lee", "December 19, 2016 by Maggie Winterfeldt", "Wednesday
 * January 18, 2017 10:44 am PST by Juli Clover"; "ByTravis Haney" (a "By" glued to the name);
 * "By Aja Romano@ajaromano Dec 10, 2016" (a social handle after the name); "Will
 * Leitch/November 18, 2016" (a slash between name and date).
 */
export function tidyByline(line: string, options: DateOptions): string {
  // "— Jane Doe": a signature under the last paragraph, a bare name (where it stands says whether it is the writer).
  const dashed = /^[—–]\s*(\p{Lu}[^—–|]{2,40})$/u.exec(line.trim());
  if (dashed?.[1] && isPersonName(dashed[1].trim())) return dashed[1].trim();
  let text = line.trim().replace(/^(written|posted|published)\s+(on\s+.{3,30}?)\s+by\s+(.+)$/iu, '$1 by $3 $2');
  text = text.replace(/^(By|Por|Par|Von|Door)(?=\p{Lu}\p{Ll})/u, '$1 ');
  // "Por Mariano Martín mmartin@ambito.com.ar | Viernes 22 abril": an address is not part of the name.
  text = text.replace(EMAIL, '').trim();
  text = unglue(text, options);
  // "Jane Doe Follow", "… by Jane Doe Leave a Comment", "… | 3 Comments": buttons and counts after the name.
  text = text.replace(TRAILING_BUTTONS, '');
  // "Author,मोहर सिंह मीणा", "نویسنده, جمشید برزگر", "خبرنگار: مریم احمدی": a label of the writer, comma or colon.
  const labelled = LABELLED.exec(text) ?? DASHED.exec(text);
  if (labelled?.[1]) text = `By ${labelled[1]}`;
  // "By राजेश कुमार Edited By: अमित सिंह Updated: …": an editor's or photographer's credit after the writer is not a writer.
  text = text.replace(OTHER_CREDIT, '');
  const glued = gluedCjkDate(text, options);
  if (glued !== null) return glued;
  const local = scriptByline(text);
  if (local !== null) return local;
  // "文＝田中宏昌", "文/张三": a CJK byline word with its own mark.
  const cjk = /^(?:文|撰文|作者|执笔|執筆|執筆者|取材・文|文・写真|写真・文|ライター|記者|记者)\s*[/／=＝]\s*(.{2,40})$/u.exec(text);
  if (cjk?.[1]) return `By ${cjk[1]}`;
  const bracketed = BRACKETED.exec(text);
  if (bracketed?.[1]) return `By ${bracketed[1].trim()}`;
  if (bracketed?.[2] && bracketed[3]) return `By ${bracketed[2].trim()} | ${bracketed[3].trim()}`;
  // "Cécile Ducourtieux (Bruxelles, bureau européen)": a signature with where and what the writer is.
  const signed = /^([^()]{4,40}?)\s*\([^()]{2,60}\)$/u.exec(text);
  if (signed?.[1] && isPersonName(signed[1])) return signed[1];
  // The name starts with a capital, or is in a script without capitals ("2019年3月2日 by 深海",
  // "2/26/2015 7:11 AM PST BY TMZ STAFF").
  const dateFirst = /^(.{6,60}?)\s+(?:by|By|BY)\s+([\p{Lu}\p{Lo}].{1,80})$/u.exec(text);
  if (dateFirst?.[1] && dateFirst[2] && findDate(dateFirst[1], options) && !PREFIX.test(dateFirst[1]) && sizeOfWords(dateFirst[1]) <= 10) {
    // "… by 深海 | カテゴリー 社会": the date goes with the name, before the parts that follow it.
    const [name, ...rest] = dateFirst[2].split(/\s+[|·•]\s+/u);
    text = [`By ${name ?? ''} ${dateFirst[1]}`, ...rest].join(' | ');
  }
  // "Will Leitch/November 18, 2016": a name and a date joined by a slash.
  const slashed = /^([^/]{4,40})\/(.{6,40})$/u.exec(text);
  if (slashed?.[1] && slashed[2] && dateLine(slashed[2], options)) text = `${slashed[1]} | ${slashed[2]}`;
  // "By state political reporter Sarah Lee", "By BBC political editor Chris Mason": what the writer is, before the name.
  text = text.replace(ROLE_BEFORE_NAME, '$1 ');
  return PREFIX.test(text) ? text.replace(HANDLE, '') : text;
}

const ROLE_BEFORE_NAME =
  /^(by|von|par|por|di|door)\s+(?:[\p{L}&.'’-]+\s+){0,4}?(?:reporter|correspondent|editor|writer|columnist|journalist|producer|analyst|critic|korrespondent(?:in)?|redakteur(?:in)?|correspondante?|corresponsal|corrispondente)s?\s+(?=\p{Lu}\p{Ll})/iu;

// The label of the writer's slot, as BBC's world services and Persian, Indic, Arabic, Slavic sites print it.
const LABELLED =
  /^(?:authors?|autor(?:es|a)?|auteure?s?|autore|writer|reporter|correspondent|نویسنده|نویسندگان|خبرنگار|گزارشگر|گزارش|مصنف|رپورٹر|الكاتب|كاتب|المراسل|مراسل|लेखक|लेखिका|संवाददाता|रिपोर्टर|रिपोर्ट|द्वारा|लेखन|রিপোর্টার|লেখক|প্রতিবেদক|ਲੇਖਕ|લેખક|எழுதியவர்|రచయిత|автор|автори|кореспондент|корреспондент|yazar|muhabir|penulis|wartawan|tác giả|ผู้เขียน)\s*[,:：،]\s*(\S.{1,80})$/iu;
// "كتب - محمد أحمد", "بقلم - X", "מאת - X", "रिपोर्ट - X": a writer's word in a script without capitals, a dash after it.
const DASHED = /^(?:كتب|كتبت|كتبه|بقلم|إعداد|اعداد|تقرير|متابعة|מאת|כתב|כתבת|रिपोर्ट|लेखक|द्वारा)\s*[-–—|]\s*(\S.{1,80})$/u;
// "Edited By: Y", "Photos by Z", "Additional reporting by W", "संपादन:": what follows the writer's name.
const OTHER_CREDIT = /\s+(?:[|·•,]\s*)?(?:edited|editing|photos?|photographs?|pictures?|illustrations?|additional reporting|translated|graphics)\s+by\b.*$/iu;
// "小林直樹2025年5月22日 17時05分": a CJK name glued to the date (Asahi, Nikkei print the writer so).
const CJK_NAME_DATE = /^([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{2,5})\s*((?:19|20)\d{2}\s*[年/.-].{3,40})$/u;

/** "小林直樹2025年5月22日 17時05分" → "By 小林直樹 | 2025年5月22日 17時05分"; null for other lines. */
function gluedCjkDate(text: string, options: DateOptions): string | null {
  const m = CJK_NAME_DATE.exec(text);
  if (!m?.[1] || !m[2] || NOT_A_NAME.test(m[1]) || !dateLine(m[2], options)) return null;
  return `By ${m[1]} | ${m[2]}`;
}

const TRAILING_BUTTONS =
  /\s+(?:[|·•]\s+)?(?:follow|following|subscribe|folgen|suivre|seguir|segui|leave a comment|no comments|\d+\s+comments?|comments?\s*\(\d+\))$/iu;

const EMAIL = /\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

// The last word of a name glued to what the page printed after it, with no space: "Meg JamesStaff
// Writer", "Bruce Y. LeeSenior Contributor", "Jonathan GarberFOXBusiness", "Gina TrapaniCEO".
const GLUED = /^((?:(?:by|por|par|von|di|door)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\p{Lu}\p{Ll}{2,})(\p{Lu}.*)$/u;
// Names with a capital inside them: "MacArthur", "FitzGerald", "VanderBerg", "DeSantis".
const INNER_CAPITAL = /^(?:Mac|Fitz|Van|Vander|Von|Della|Dal|Del|Ben|Abu|Ould|Ter|Ten)$/u;

/**
 * Parts a glued name from the role, section or site that follows it ("Meg James | Staff Writer"),
 * when the words before the seam are a person's name and the last of them is not a name with a
 * capital inside ("Douglas MacArthur").
 */
function unglue(text: string, options: DateOptions): string {
  const m = GLUED.exec(text);
  if (!m?.[1] || !m[2] || !m[3] || INNER_CAPITAL.test(m[2])) return text;
  const name = `${m[1]}${m[2]}`;
  const bare = name.replace(/^(?:by|por|par|von|di|door)\s+/iu, '');
  if (!isPersonName(bare)) return text;
  // "Oracle OpenWorld", "Phoenix LiveDashboard": a product's name; the seam parts a name only from a role, an outlet, a button.
  const after = m[3];
  const label = hasRoleWord(after) || isKnownSource(after) || GLUED_LABEL.test(after) || findDate(after, options) !== null;
  if (!FIRST_NAMES.has(bare.split(/\s+/u)[0] ?? '') && !label) return text;
  // "TwitterNews & Culture Writer": the parts after the name may be glued to each other too.
  return `${name} | ${m[3].replace(/(\p{Ll}{2,})(?=\p{Lu})/gu, '$1 | ')}`;
}

// What a page prints glued after a writer's name: a button, a stamp ("Jane DoeUpdated …", "Jane DoeMay 3, 2019").
const GLUED_LABEL = /^(?:Follow|Twitter|Facebook|Email|E-mail|Contact|Staff|Senior|Contributor|Published|Updated|Posted|Last|More|View|Read|Share|Bio|About|Author|Photo|Image)/u;

const sizeOfWords = (text: string): number => text.split(/\s+/u).length;

// Bylines in brackets, as Japanese sites print them: "[田中宏昌，ITmedia]", "（文・田中宏昌）", "【文：田中】".
const BRACKETED =
  /^[[【［(（]\s*(?:(?:文|取材・文|執筆|記者|ライター|筆者|著者|作者|文・写真|写真・文)\s*[:：・／＝=]\s*([\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}・ \u3000]{2,10})|([\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}・ \u3000]{2,10}?)\s*[，,、]\s*([^\]】］)）]{2,30}))\s*[\]】］)）]$/u;


// "本报记者 张三 李四 报道", "记者 王希": Chinese reporters' lines, names apart, "reports" after them.
// The paper's or site's name may stand before the word ("界面新闻记者 | 李彤", "首席记者 王希").
const CHINESE_REPORTERS =
  /^\p{sc=Han}{0,8}?(?:记者|記者|通讯员|通訊員)\s*[:：|｜/／]?\s*([\p{sc=Han}·]{2,4}(?:[\s\u3000、，,]+[\p{sc=Han}·]{2,4}){0,4})$/u;
// The editor's, proofreader's or photographer's credit after the writer's ("每经编辑 张华", "责编：吴敏").
const EDITOR_AFTER =
  /\s*[|｜/／]?\s*\p{sc=Han}{0,6}?(?:责任编辑|責任編輯|编辑|編輯|责编|責編|校对|校對|审校|審校|编审|編審|摄影|攝影|实习生|實習生)\s*[:：|｜/／]?\s*[\p{sc=Han}·、，, \u3000]{2,24}$/u;
// "刘洋 北京报道", "張家豪、李美玲 / 台北報導": names, then the place reported from.
const REPORTED_FROM =
  /^([\p{sc=Han}·]{2,4}(?:\s*[、，,\s]\s*[\p{sc=Han}·]{2,4}){0,4})\s*[/／|｜]?\s*\p{sc=Han}{2,4}?(?:即時|即时)?(?:报道|報導|报导|報道)$/u;
// "政治部 田中一郎", "ワシントン支局 田中一郎": a Japanese desk, then the writer.
const JAPANESE_DESK =
  /^[\p{sc=Han}\p{sc=Katakana}]{1,10}(?:部|支局|総局|局|センター|編集委員|論説委員|特派員)[\s\u3000]+([\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}]{2,5}(?:[\s\u3000][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,4})?)$/u;
// Labels that part a CJK meta line's fields ("作者：张三 来源：光明日报 2026-12-07").
const CJK_LABELS = /(?:作者|记者|記者|来源|來源|出典|编辑|編輯|发布时间|發布時間|时间|時間)\s*[:：]/u;

/** CJK bylines in the "By NAME | SOURCE | DATE" form, or null when `text` is none of them. */
function scriptByline(text: string): string | null {
  // "每经记者 王芳 每经编辑 张华", "作者：周杰 责编：吴敏": the editor after the writer is not a writer.
  const writer = /记者|記者|作者|撰文|文\s*[/／|｜:：]/u.test(text) ? text.replace(EDITOR_AFTER, '') : text;
  if (writer !== text && writer.length > 0) return scriptByline(writer) ?? writer;
  const reporters = CHINESE_REPORTERS.exec(text.replace(/\s*(?:报道|報導|报导|報道|摄影|攝影)$/u, ''));
  if (reporters?.[1]) return `By ${reporters[1].split(/[\s\u3000、，,]+/u).join(', ')}`;
  // "刘洋 北京报道", "張家豪、李美玲 / 台北報導": the names, then where they reported from.
  const reported = REPORTED_FROM.exec(text);
  if (reported?.[1] && !NOT_A_NAME.test(reported[1])) return `By ${reported[1].split(/[\s\u3000、，,]+/u).join(', ')}`;
  // "原创 林晓 深圳特区报 2025年05月20日": a WeChat account's article, its writer first.
  const wechat = /^原创\s+([\p{sc=Han}·]{2,4})\s+(\S.*)$/u.exec(text);
  if (wechat?.[1] && wechat[2] && !NOT_A_NAME.test(wechat[1])) return `By ${wechat[1]} | ${wechat[2].replace(/\s+(?=(?:19|20)\d{2}\s*[-年/.])/u, ' | ')}`;
  const desk = JAPANESE_DESK.exec(text);
  if (desk?.[1]) return `By ${desk[1]}`;
  // The space before a label or a date parts the fields ("作者：张三 来源：光明日报 2026-12-07 08:15").
  if (CJK_LABELS.test(text)) return text.replace(/\s+(?=(?:作者|记者|記者|来源|來源|出典|编辑|編輯|发布时间|發布時間)\s*[:：]|\d{4}\s*[-年/.])/gu, ' | ');
  return null;
}
