/**
 * Agency lead-ins that do not follow the "PLACE, DATE (AGENCY) —" shape of dateline.ts:
 *
 * - "(ANSA) - ROMA, 04 MAR - "                 the agency first, then place and date;
 * - "МОСКВА, 12 марта. /ТАСС/. "               TASS;
 * - "МОСКВА, 12 мар — РИА Новости. "           RIA Novosti;
 * - "Москва. 21 марта. INTERFAX.RU - "         Interfax;
 * - "Mumbai (Maharashtra) [India], March 12 (ANI): "  ANI;
 * - "【札幌共同】", "【ワシントン時事】"          Kyodo and Jiji;
 * - "[東京 12日 ロイター] - "                   Reuters in Japanese;
 * - "(서울=연합뉴스) 김수진 기자 = ", "[서울=뉴시스]"  Yonhap and the Korean agencies;
 * - "【ニューヨーク＝田中一郎】"                  a Japanese paper's own correspondent;
 * - "（中央社記者王小明台北7日電）"              Taiwan's CNA;
 * - "〔記者王小明／台北報導〕", "記者王小明／台北即時報導"  Taiwanese papers' reporters;
 * - "【环球时报综合报道】", "【新华社北京12月7日电】"  Chinese bracketed leads;
 * - "الرياض - واس", "دمشق-سانا", "أنقرة/ الأناضول"  Arabic place and agency.
 *
 * Each gives the place as printed, the agency, the date when there is one, and the paragraph
 * without its lead-in.
 */
import { agencyName } from './agencies';
import { outletName } from './outlets';
import { findDate, type DateOptions } from './dates';
import type { Dateline } from './dateline';
import { canonicalPlace } from '../nlp/gazetteer';

const CASED_PLACE = "(\\p{Lu}[\\p{L}'’.-]*(?:[\\s-]\\p{Lu}[\\p{L}'’.-]*){0,3})";
const DASH = '(?:—|–|-{1,2})';

const AGENCY_THEN_PLACE = new RegExp(`^\\(([^)]{2,20})\\)\\s*${DASH}\\s*${CASED_PLACE},\\s*([^-–—\\n]{3,25}?)\\s*${DASH}\\s*`, 'u');
// "МОСКВА, 12 марта. /ТАСС/. ", "București, 20 mai /AGERPRES/ - ", "София, 20 май /БТА/. ".
const SLASHED_AGENCY = new RegExp(`^${CASED_PLACE},\\s*([^./\\n]{3,25}?)\\.?\\s*/([^/\\n]{2,20})/\\.?\\s*(?:${DASH}\\s+)?`, 'u');
const DATE_THEN_AGENCY = new RegExp(`^${CASED_PLACE},\\s*([^—–\\n]{3,25}?)\\s*[—–]\\s*([^.\\n]{2,20})\\.\\s+`, 'u');
// "Москва. 21 марта. INTERFAX.RU - ", "МОСКВА, 20 мая. ИНТЕРФАКС - ", "Київ, 20 травня. Укрінформ. ".
const DOTTED = new RegExp(`^${CASED_PLACE}[.,]\\s*([^.\\n]{3,25}?)\\.\\s*([^\\s.][^\\s]{1,20}?)\\s*(?:${DASH}|\\.)\\s+`, 'u');
const SHOUTED_PLACE_DATE = new RegExp(`^${CASED_PLACE},\\s*([^.,\\n]{3,25}?)\\.\\s+(?=[\\p{Lu}«"„])`, 'u');
const REGION_COUNTRY = new RegExp(`^${CASED_PLACE}\\s*(?:\\([^)]{2,30}\\)\\s*)?\\[[^\\]]{2,30}\\],\\s*([^()\\n]{3,25}?)\\s*\\(([^)]{2,20})\\)\\s*[:—–-]\\s*`, 'u');
// "【札幌共同】", "【北京=共同】": the place, perhaps an equals sign, the agency.
const JAPANESE_BRACKETS = /^【([^】\s=＝]{1,12}?)[=＝]?(共同|時事|ロイター|AFP時事|ＡＦＰ時事|EPA時事|ＥＰＡ時事)】\s*/u;
const REUTERS_JAPANESE = /^[[［]([^\]］\s]{1,12})\s+(\d{1,2})日\s+(ロイター)[\]］]\s*[-–—]?\s*/u;
// "【5月20日 AFP】": AFPBB's day and agency, no place.
const DAY_AGENCY_JAPANESE = /^【\s*\d{1,2}月\d{1,2}日\s*([^】\s]{2,12})】\s*/u;
const KOREAN = /^[([【]([^=()[\]【】\s]{1,12})=(연합뉴스|뉴시스|뉴스1)[)\]】]\s*(?:((?:[가-힣]{2,4}\s*)+?)\s*(?:기자|특파원)\s*=\s*)?/u;

function known(agency: string | undefined): string | null {
  return agency ? agencyName(agency.trim()) : null;
}

/** The lead-in of one of the shapes above taken off `paragraph`, or null. */
export function parseWireLeadIn(paragraph: string, options: DateOptions): Dateline | null {
  const head = paragraph.slice(0, 160);
  const rest = (m: RegExpExecArray): string => paragraph.slice(m[0].length);

  let m = AGENCY_THEN_PLACE.exec(head);
  if (m?.[2] && known(m[1])) {
    return { place: m[2], agency: known(m[1]), date: findDate(m[3] ?? '', options), rest: rest(m) };
  }
  for (const re of [SLASHED_AGENCY, DATE_THEN_AGENCY, DOTTED, REGION_COUNTRY]) {
    m = re.exec(head);
    const date = m?.[2] ? findDate(m[2], options) : null;
    // Between slashes an agency's initials are one ("/БТА/", "/MIA/") even when the lexicon lacks them.
    const agency = known(m?.[3]) ?? (re === SLASHED_AGENCY && /^\p{Lu}{2,8}$/u.test(m?.[3] ?? '') ? (m?.[3] ?? null) : null);
    if (m?.[1] && date && agency) return { place: m[1], agency, date, rest: rest(m) };
  }
  // "ТОМСК, 20 мая. Правительство…": a place in capitals, its date, a full stop, no agency.
  m = SHOUTED_PLACE_DATE.exec(head);
  const shoutedDate = m?.[1] && m[1] === m[1].toUpperCase() ? findDate(m[2] ?? '', options) : null;
  // The date there is the day's, without its year: the page's or the mail's own date is better.
  if (m?.[1] && shoutedDate) return { place: m[1], agency: null, date: null, rest: rest(m) };
  m = JAPANESE_BRACKETS.exec(head);
  if (m?.[1]) return { place: m[1], agency: known(m[2]), date: null, rest: rest(m) };
  m = DAY_AGENCY_JAPANESE.exec(head);
  if (m?.[1] && known(m[1])) return { place: null, agency: known(m[1]), date: null, rest: rest(m) };
  m = REUTERS_JAPANESE.exec(head);
  // "12日" names the day only: the month comes from the page's date line, not from here.
  if (m?.[1]) return { place: m[1], agency: known(m[3]), date: null, rest: rest(m) };
  const cjk = cjkLeadIn(head, paragraph, options);
  if (cjk) return cjk;
  m = KOREAN.exec(head);
  if (m?.[1]) {
    const author = m[3] ? m[3].trim().split(/\s+/u).join(', ') : null;
    return { place: m[1], agency: known(m[2]), date: null, rest: rest(m), author };
  }
  return null;
}

// "【ニューヨーク＝田中一郎】": where the paper's own correspondent filed from, and who.
const JAPANESE_CORRESPONDENT = /^【([^】＝=\s]{1,12})[＝=]([\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}]{2,8})】\s*/u;
// "【ワシントン秋山信一】", "【北京岡崎英遠】": the Mainichi's place glued to its correspondent's name.
const GLUED_CORRESPONDENT = /^【([\p{sc=Katakana}ー・]{2,12}|\p{sc=Han}{2,4}?)(\p{sc=Han}{2,6})】\s*/u;
// Singapore's and Malaysia's Chinese papers: "（北京综合讯）", "（新加坡讯）", "（吉隆坡20日讯）".
const PLACE_NEWS = /^[（(]([\p{sc=Han}/、]{2,12}?)(?:\d{1,2}日)?(?:综合|綜合)?(?:讯|訊|电|電)[）)]\s*/u;
// "（中央社記者王小明台北7日電）", "（中央社台北7日電）".
const CNA = /^[（(]中央社(記者|记者)?([\p{sc=Han}、]{2,16}?)(\d{1,2})日(?:專|专)?[電电][）)]\s*/u;
// "〔記者王小明／台北報導〕", "記者王小明、李大華／台北即時報導", "聯合報／ 記者王小明／台北即時報導".
const TAIWAN_REPORTER =
  /^(?:([\p{sc=Han}]{2,8})\s*／\s*)?[〔［[（(【]?\s*(?:記者|记者)\s*([\p{sc=Han}、]{2,12}?)\s*[／/]\s*([\p{sc=Han}]{2,6}?)(?:即時|即时|綜合|综合)?(?:報導|报导|報道|报道)\s*[〕］\]）)】]?\s*/u;
// "【环球时报综合报道】", "【环球网报道 记者 张三】", "【观察者网讯】": the paper, perhaps a reporter.
const CHINESE_BRACKET = /^【([\p{sc=Han}A-Za-z]{2,12}?)(?:综合报道|綜合報導|报道|報導|专讯|專訊|讯|訊|消息|综合)(?:\s*(?:记者|記者)\s*([\p{sc=Han}、 ]{2,12}))?】\s*/u;
// "新京报讯（记者吴婷婷）", "【财新网】（记者 王婧）": a paper's own lead-in, the reporter in brackets.
const PAPER_LEAD = /^(?:【([\p{sc=Han}A-Za-z]{2,12})】|([\p{sc=Han}]{2,8}?)(?:专讯|專訊|讯|訊))\s*[（(](?:记者|記者)\s*([\p{sc=Han}、 ]{2,16}?)\s*[）)]\s*/u;
// "الرياض - واس", "دمشق-سانا", "أنقرة/ الأناضول": a place, then its agency; "القاهرة - ": a known place.
// The dash may be a tatweel ("القاهرة ـ"); a colon ("لاہور:", "الرياض:") needs a known place or a whole sentence.
const RTL_PLACE = /^([\p{sc=Arabic}\p{sc=Hebrew}\p{M}]+(?:\s[\p{sc=Arabic}\p{sc=Hebrew}\p{M}]+)?)\s*([-–—/ـ:])\s*/u;
// "لندن- «القدس العربي»:", "بيروت - «الشرق الأوسط» -": the paper in guillemets after the place.
const GUILLEMET_PAPER = /^«([^»\n]{2,30})»\s*[:：\-–—ـ]?\s*/u;
// "اسلام آباد (نمائندہ جنگ)", "لاہور (اسٹاف رپورٹر)", "کراچی (ویب ڈیسک)": Urdu papers' place and desk.
const PLACE_DESK = /^([\p{sc=Arabic}\p{M}]+(?:\s[\p{sc=Arabic}\p{M}]+)?)\s*[(（]([^)）\n]{2,30})[)）]\s*[:\-–—]?\s*/u;
const DESK = /نمائند|رپورٹر|ڈیسک|مراسل|نامہ\s*نگار|وقائع\s*نگار|خبر\s*ایجنسی|مانیٹرنگ|خاص|المحرر|ديسك/u;
// Places a Taiwanese dateline names, to tell the reporter's name from the place glued to it.
const TAIWAN_PLACES = ['台北', '臺北', '新北', '桃園', '台中', '臺中', '台南', '臺南', '高雄', '基隆', '新竹', '嘉義', '屏東', '宜蘭', '花蓮', '台東', '臺東', '南投', '彰化', '雲林', '苗栗', '澎湖', '金門', '馬祖', '華盛頓', '東京', '紐約', '香港', '北京', '上海', '倫敦', '巴黎', '首爾'];

function splitReporterPlace(chunk: string): { name: string | null; place: string } {
  for (let n = Math.min(4, chunk.length - 1); n >= 2; n--) {
    const place = chunk.slice(-n);
    if (TAIWAN_PLACES.includes(place) || canonicalPlace(place) !== null) return { name: chunk.slice(0, -n) || null, place };
  }
  // A Chinese name is usually three characters.
  return chunk.length >= 5 ? { name: chunk.slice(0, 3), place: chunk.slice(3) } : { name: null, place: chunk };
}

const names = (text: string | undefined): string | null => {
  const list = (text ?? '').split(/[、\s]+/u).filter((n) => n.length >= 2);
  return list.length > 0 ? list.join(', ') : null;
};

/** The CJK and Arabic lead-ins above taken off `paragraph`, or null. */
function cjkLeadIn(head: string, paragraph: string, options: DateOptions): Dateline | null {
  const rest = (m: RegExpExecArray): string => paragraph.slice(m[0].length);
  let m = JAPANESE_CORRESPONDENT.exec(head);
  // The bracket names a place (a foreign city in katakana, a known place, a Japanese city or bureau),
  // not a publication or a section ("【日経クロステック＝…】").
  const place = m?.[1] && (/^[\p{sc=Katakana}ー・]+$/u.test(m[1]) || canonicalPlace(m[1]) !== null || /(?:市|県|町|村|区|支局|総局)$/u.test(m[1]));
  if (m?.[1] && m[2] && place) {
    const agency = known(m[2]);
    return { place: m[1], agency, date: null, rest: rest(m), author: agency ? null : m[2] };
  }
  m = GLUED_CORRESPONDENT.exec(head);
  // The place in katakana, or a place the gazetteer knows before a name in kanji.
  if (m?.[1] && m[2] && (/^[\p{sc=Katakana}ー・]+$/u.test(m[1]) || canonicalPlace(m[1]) !== null) && !known(m[2])) {
    return { place: m[1], agency: null, date: null, rest: rest(m), author: m[2] };
  }
  m = CNA.exec(head);
  if (m?.[2]) {
    const reporter = m[1] ? splitReporterPlace(m[2]) : { name: null, place: m[2] };
    return { place: reporter.place, agency: 'CNA', date: null, rest: rest(m), author: names(reporter.name ?? undefined) };
  }
  m = PLACE_NEWS.exec(head);
  // "（早报讯）": the paper itself, no place; "（中央社…電）" is CNA's, above.
  if (m?.[1] && !/[报報社者]/u.test(m[1])) return { place: m[1], agency: null, date: null, rest: rest(m) };
  m = TAIWAN_REPORTER.exec(head);
  if (m?.[2] && m[3]) {
    return { place: m[3], agency: m[1] ? known(m[1]) : null, date: null, rest: rest(m), author: names(m[2]), ...(m[1] && !known(m[1]) ? { source: m[1] } : {}) };
  }
  m = PAPER_LEAD.exec(head);
  const paper = m ? outletName(m[1] ?? m[2] ?? '') : null;
  if (m && paper) return { place: null, agency: null, date: null, rest: rest(m), author: names(m[3]), source: paper };
  m = CHINESE_BRACKET.exec(head);
  if (m?.[1]) {
    const agency = known(m[1]);
    return { place: null, agency, date: null, rest: rest(m), author: names(m[2]), ...(agency ? {} : { source: m[1] }) };
  }
  return rtlPlace(head, paragraph, options);
}

// "الرياض 22 ذو القعدة 1446 هـ الموافق 20 مايو 2025 م واس": the place, its dates, the agency (SPA, KUNA, WAM…).
const PLACE_THEN_DAY = /^([\p{sc=Arabic}]+(?:\s[\p{sc=Arabic}]+)?)\s+(?=\d{1,2}[\s/.-])/u;

/** The agency (one to three words) opening `text`, and how long it is with the mark after it. */
function agencyAt(text: string): { agency: string; length: number } | null {
  const words = text.split(/(\s+)/u);
  for (let n = 5; n >= 1; n -= 2) {
    const candidate = words.slice(0, n).join('');
    const agency = known(candidate.replace(/^[(（]|[)）]?[:：.\-–—]*$/gu, ''));
    if (agency) return { agency, length: candidate.length + (/^\s*(?:[:：]|-{1,2}|[–—])?\s*/u.exec(text.slice(candidate.length))?.[0].length ?? 0) };
  }
  return null;
}

// "الدوحة في 20 مايو /قنا/ ": the place, "in", the day, the agency between slashes (QNA, KUNA).
const PLACE_IN_DAY_AGENCY = /^([\p{sc=Arabic}]+(?:\s[\p{sc=Arabic}]+)?)\s+في\s+([^/\n]{3,30}?)\s*\/\s*([^/\n]{2,20}?)\s*\/\s*/u;

// "به گزارش خبرنگار علمی ایرنا، …", "به گزارش ایسنا، …": the Persian agencies' opening, kept in the sentence.
const PERSIAN_REPORT = /^به\s+گزارش\s+([^،,\n]{2,60}?)\s*[،,]/u;

function persianReport(head: string, paragraph: string): Dateline | null {
  const m = PERSIAN_REPORT.exec(head);
  const words = m?.[1]?.split(/\s+/u) ?? [];
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const agency = known(words.slice(-n).join(' '));
    if (agency) return { place: null, agency, date: null, rest: paragraph };
  }
  return null;
}

// Hindi papers: "राज्य ब्यूरो, पटना। …" (a desk, the place, a danda), "नई दिल्ली: …", "पटना, जेएनएन। …".
// The same in India's other scripts: "ঢাকা: …", "சென்னை: …", "హైదరాబాద్: …", "અમદાવાદ: …".
const INDIC = '\\p{sc=Devanagari}\\p{sc=Bengali}\\p{sc=Gurmukhi}\\p{sc=Gujarati}\\p{sc=Oriya}\\p{sc=Tamil}\\p{sc=Telugu}\\p{sc=Kannada}\\p{sc=Malayalam}\\p{sc=Sinhala}\\p{M}';
const DEVANAGARI_LEAD = new RegExp(`^(?:([${INDIC} ]{2,30}?),\\s*)?([${INDIC}]+(?: [${INDIC}]+)?)(?:,\\s*([^।:\\n]{2,20}?))?\\s*[।:]\\s+`, 'u');
const DESK_WORD = /ब्यूरो|डेस्क|संवाददाता|नेटवर्क|टीम|ব্যুরো|ডেস্ক|প্রতিনিধি|সংবাদদাতা/u;

function devanagariLead(head: string, paragraph: string): Dateline | null {
  const m = DEVANAGARI_LEAD.exec(head);
  if (!m?.[2] || (m[1] && m[3])) return null;
  const agency = m[3] ? known(m[3]) : null;
  const placeKnown = knownPlace(m[2]);
  // "गोरखपुर: …": an unknown place too, alone before a colon (a danda ends sentences too) and a whole sentence.
  const shaped = !m[1] && !m[3] && m[0].includes(':') && placeShaped(m[2], paragraph.slice(m[0].length));
  if (!(placeKnown || shaped || (m[1] && DESK_WORD.test(m[1])))) return null;
  return { place: m[2], agency, date: null, rest: paragraph.slice(m[0].length) };
}

function rtlPlace(head: string, paragraph: string, options: DateOptions): Dateline | null {
  const hindi = devanagariLead(head, paragraph);
  if (hindi) return hindi;
  const report = persianReport(head, paragraph);
  if (report) return report;
  const slashed = PLACE_IN_DAY_AGENCY.exec(head);
  const slashedAgency = slashed?.[3] ? known(slashed[3]) : null;
  if (slashed?.[1] && slashedAgency) {
    return { place: slashed[1], agency: slashedAgency, date: findDate(slashed[2] ?? '', options), rest: paragraph.slice(slashed[0].length) };
  }
  const placed = PLACE_THEN_DAY.exec(head);
  if (placed?.[1]) {
    // The agency stands after the last year of the dates ("… 2025 م واس").
    for (const year of head.slice(0, 110).matchAll(/\d{4}\s*(?:هـ|م)?\s+/gu)) {
      const end = (year.index ?? 0) + year[0].length;
      const found = agencyAt(head.slice(end));
      if (found) return { place: placed[1], agency: found.agency, date: findDate(head.slice(0, end), options), rest: paragraph.slice(end + found.length) };
    }
  }
  const desk = PLACE_DESK.exec(head);
  if (desk?.[1] && desk[2] && DESK.test(desk[2])) return { place: desk[1], agency: null, date: null, rest: paragraph.slice(desk[0].length) };
  const m = RTL_PLACE.exec(head);
  if (!m?.[1]) return null;
  const after = head.slice(m[0].length);
  const found = m[2] === ':' ? null : agencyAt(after);
  if (found) return { place: m[1], agency: found.agency, date: null, rest: paragraph.slice(m[0].length + found.length) };
  const paper = m[2] === ':' ? null : GUILLEMET_PAPER.exec(after);
  if (paper?.[1] && !UNCASED_LABELS.has(m[1])) {
    return { place: m[1], agency: known(paper[1]), date: null, rest: paragraph.slice(m[0].length + paper[0].length), source: outletName(paper[1]) ?? paper[1] };
  }
  if (m[2] === ':') {
    // "وقال:", "وأضاف:", "المصدر:" open quotes and labels: a colon lead-in needs a place the gazetteer knows.
    // Urdu papers open every story so ("لاہور: …", "پشاور: …"): there an unknown place too, before a whole sentence.
    const urdu = /[ٹڈڑںےہ]/u.test(paragraph) && !/^[وف]/u.test(m[1]) && placeShaped(m[1], paragraph.slice(m[0].length));
    return knownPlace(m[1]) || urdu ? { place: m[1], agency: null, date: null, rest: paragraph.slice(m[0].length) } : null;
  }
  // "القاهرة - أعلنت الحكومة…": a known place before a dash opens the article; "الزرقاء - …",
  // "קריית שמונה — …": an unknown one too, when a spaced dash parts it from a whole sentence.
  const spaced = /\s[-–—ـ]\s+$|[–—]\s*$/u.test(m[0]);
  // A day or an agency in brackets after the dash is the "PLACE - 20 - 5 (كونا) --" form (dateline.ts).
  if (m[2] !== '/' && /\s$/u.test(m[0]) && after.length >= 30 && !/^[\d(（]/u.test(after) && (knownPlace(m[1]) || (spaced && placeShaped(m[1], paragraph.slice(m[0].length))))) {
    return { place: m[1], agency: null, date: null, rest: paragraph.slice(m[0].length) };
  }
  return null;
}

// Words that open an article before a dash or colon and are no place: "عاجل -", "בלעדי —", "अपडेट:".
const UNCASED_LABELS = new Set([
  'عاجل', 'خاص', 'تحديث', 'فيديو', 'بالفيديو', 'بالصور', 'شاهد', 'حصري', 'مباشر', 'رأي', 'تقرير', 'تحليل', 'متابعة', 'فوری', 'ویدئو', 'گزارش',
  'اختصاصی', 'בלעדי', 'עדכון', 'צפו', 'וידאו', 'דעה', 'ניתוח', 'פרשנות', 'תיעוד', 'מבזק', 'अपडेट', 'खास', 'वीडियो', 'लाइव', 'ब्रेकिंग',
  'ویڈیو', 'ভিডিও', 'লাইভ', 'ব্রেকিং', 'আপডেট', 'வீடியோ', 'லைவ்', 'அப்டேட்',
]);

/** A place the gazetteer knows, its vowel marks ignored ("عمّان" is عمان). */
export function knownPlace(text: string): boolean {
  return canonicalPlace(text) !== null || canonicalPlace(text.replace(/\p{M}/gu, '')) !== null;
}

/**
 * An unknown word or two in a script without capitals that opens a paragraph as a place does: not
 * a label, and followed by a whole sentence (a headline "الأهلي - الزمالك" is neither).
 */
export function placeShaped(place: string, after: string): boolean {
  const words = place.trim().split(/\s+/u);
  return words.length <= 2 && !UNCASED_LABELS.has(place.trim()) && /[.!?؟।۔]["”»]?\s*$/u.test(after.trim()) && after.trim().split(/\s+/u).length >= 6;
}
