/**
 * Clippings made up for the dossier tests and benchmark: English, Russian (Cyrillic) and
 * Greek text, quotes, tags, and images generated on the fly (no binary fixtures needed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Clipping } from '../../../shared/clipping';
import type { DossierClipping } from '../../../electron/main/dossier';
import { rng } from '../../../bench/rng';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** A truecolour PNG of a sky-to-ground gradient with a sun: something recognisable when rendered. */
export function makePng(width: number, height: number, alpha = false): Buffer {
  const channels = alpha ? 4 : 3;
  const raw = Buffer.alloc((width * channels + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * channels + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const i = row + 1 + x * channels;
      const sun = (x - width * 0.7) ** 2 + (y - height * 0.3) ** 2 < (height * 0.12) ** 2;
      const ground = y > height * 0.65;
      raw[i] = sun ? 250 : ground ? 60 + (x % 40) : 90 + Math.round((y / height) * 100);
      raw[i + 1] = sun ? 200 : ground ? 110 : 140 + Math.round((y / height) * 80);
      raw[i + 2] = sun ? 60 : ground ? 50 : 220;
      if (alpha) raw[i + 3] = sun ? 255 : 200;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = alpha ? 6 : 2; // truecolour, with or without alpha
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const CYRILLIC_SENTENCE =
  'Министр иностранных дел заявил, что переговоры в Женеве продолжатся на следующей неделе.';
export const GREEK_SENTENCE =
  'Ο υπουργός Εξωτερικών δήλωσε ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.';

const ENGLISH = [
  'Negotiators from both delegations met for a third day in Geneva on Tuesday, as officials signalled that a framework agreement on grain shipments through the Black Sea could be ready before the end of the month.',
  '“We are closer than we have been at any point this year, but nothing is agreed until everything is agreed,” the lead negotiator told reporters outside the Palais des Nations.',
  'Diplomats familiar with the talks said the remaining differences concerned inspection regimes at ports of departure and the role of a joint co-ordination centre, which would be staffed by representatives of all parties and the United Nations.',
  'Markets reacted cautiously. Wheat futures in Chicago fell 1.4 per cent in early trading, extending losses from the previous session, while shipping insurers said premiums would stay high until a written agreement was published.',
  'The ministry’s spokesperson declined to comment on the timetable, saying only that the government “supports every effort that brings food to the countries that need it most”.',
  'Analysts cautioned that previous rounds had collapsed at a late stage. “The technical annexes are where these deals live or die,” said a senior fellow at a Brussels think tank, who has followed the negotiations since they began.',
];

const RUSSIAN = [
  CYRILLIC_SENTENCE,
  '«Мы видим готовность сторон к компромиссу, но многие технические вопросы ещё не решены», — сказал источник, знакомый с ходом переговоров.',
  'По словам дипломатов, обсуждение касается режима инспекций в портах отправления и роли совместного координационного центра. Эксперты отмечают, что предыдущие раунды срывались на последнем этапе.',
];

const GREEK = [
  GREEK_SENTENCE,
  '«Είμαστε πιο κοντά από ποτέ σε μια συμφωνία», ανέφερε διπλωματική πηγή, προσθέτοντας ότι εκκρεμούν ακόμη τεχνικά ζητήματα σχετικά με τους ελέγχους στα λιμάνια.',
  'Οι αγορές αντέδρασαν με επιφυλακτικότητα, ενώ οι ασφαλιστές ναυτιλίας δήλωσαν ότι τα ασφάλιστρα θα παραμείνουν υψηλά μέχρι να δημοσιευθεί γραπτή συμφωνία.',
];

const SOURCES = [
  'The Guardian',
  'Le Monde',
  'Kommersant',
  'Kathimerini',
  'Reuters',
  'Neue Zürcher Zeitung',
  'El País',
];
const TAGS = ['grain deal', 'diplomacy', 'markets', 'energy', 'migration'];

export function makeClipping(i: number, overrides: Partial<Clipping> = {}): Clipping {
  const lang = i % 7 === 2 ? 'ru' : i % 7 === 3 ? 'el' : 'en';
  const body = lang === 'ru' ? RUSSIAN : lang === 'el' ? GREEK : ENGLISH;
  // Vary the length so some clippings take one page and others run over two or three.
  const repeats = 1 + (i % 4);
  const paragraphs: string[] = [];
  for (let r = 0; r < repeats; r++) paragraphs.push(...body);
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    id: `c${String(i).padStart(4, '0')}`,
    title:
      lang === 'ru'
        ? `Переговоры в Женеве: стороны ищут компромисс (${i})`
        : lang === 'el'
          ? `Συνομιλίες στη Γενεύη: πιο κοντά σε συμφωνία (${i})`
          : `Grain talks edge forward in Geneva as negotiators narrow gaps, round ${i}`,
    titleDerived: false,
    source: SOURCES[i % SOURCES.length] ?? null,
    author: i % 3 === 0 ? null : 'Jane Correspondent',
    dateline: 'GENEVA',
    publishedAt: `2026-11-${day}T0${i % 10}:30:00Z`,
    capturedAt: `2026-11-${day}T12:00:00Z`,
    lang,
    caption: 'Delegations arrive at the Palais des Nations.',
    credit: 'Staff photographer',
    url: `https://news.example.org/world/2026/11/${day}/grain-talks-geneva-round-${i}`,
    text: paragraphs.join('\n\n'),
    tags: [TAGS[i % TAGS.length] ?? 'diplomacy'],
    entities: { people: [], places: ['Geneva'], organisations: [] },
    quotes: [
      { speaker: 'the lead negotiator', text: 'We are closer than we have been at any point this year' },
    ],
    images: [],
    notes: '',
    provenance: {},
    trashedAt: null,
    ...overrides,
  };
}

const SYLLABLES = {
  en: 'ba be ca co de di fa ga ge ha in ka la le li lo ma me mi mo na ne no pa pe po ra re ri ro sa se si so ta te ti to va ve vi wa'.split(
    ' ',
  ),
  ru: 'ба бе ва ве га го да де ка ко ла ле ли ло ма ме ми мо на не ни но па пе по ра ре ри ро са се си со та те ти то ча ше'.split(
    ' ',
  ),
  el: 'βα βε γα γε δα δε κα κε κο λα λε λο μα με μο να νε νο πα πε πο ρα ρε ρο σα σε σο τα τε το φα φε χα χε'.split(
    ' ',
  ),
};
const COMMON_WORDS = {
  en: 'the of and to in a said is that for on with as was by at from it an be has have he his are not this but after were had they which who will its their been more would also government minister officials talks security energy market prices agreement delegation ministry statement sanctions'.split(
    ' ',
  ),
  ru: 'и в не на что с по это как к его из за от о министр переговоры заявил правительство по словам также года рынок цены соглашение делегация санкции'.split(
    ' ',
  ),
  el: 'και το η να της του σε με για από ο υπουργός δήλωσε κυβέρνηση συνομιλίες αγορά τιμές συμφωνία αντιπροσωπεία κυρώσεις'.split(
    ' ',
  ),
};

/**
 * Body text with the statistics of real copy rather than one paragraph repeated: frequent
 * function words, then a long Zipf tail of made-up words, so most words of a clipping have
 * not been laid out before (this is what makes text layout cost what it costs).
 */
export function variedText(seed: number, lang: 'en' | 'ru' | 'el', words: number): string {
  const next = rng(seed);
  const tail = (rank: number): string => {
    const r = rng(rank * 7919);
    const n = 1 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[lang][Math.floor(r() * SYLLABLES[lang].length)] ?? '';
    return w;
  };
  const paragraphs: string[] = [];
  let sentence: string[] = [];
  let paragraph: string[] = [];
  for (let i = 0; i < words; i++) {
    const common = COMMON_WORDS[lang];
    const word =
      next() < 0.45
        ? (common[Math.floor(next() * common.length)] ?? '')
        : tail(Math.floor(1 / (next() * 0.9999 + 0.0001)) + Math.floor(next() * 20000));
    sentence.push(word);
    if (sentence.length > 8 + next() * 18) {
      const text = sentence.join(' ');
      paragraph.push(`${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}.`);
      sentence = [];
      if (paragraph.length > 1 + next() * 3) {
        // One paragraph in six is a quotation, as in wire copy.
        const p = paragraph.join(' ');
        paragraphs.push(next() < 0.16 ? `“${p}”` : p);
        paragraph = [];
      }
    }
  }
  if (sentence.length) paragraph.push(`${sentence.join(' ')}.`);
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  return paragraphs.join('\n\n');
}

/** `count` clippings; every `imageEvery`-th one gets a generated PNG lead image written under `dir`. */
export function makeDossierItems(
  count: number,
  dir: string,
  imageEvery = 3,
  options: { varied?: boolean } = {},
): DossierClipping[] {
  mkdirSync(dir, { recursive: true });
  const png = path.join(dir, 'lead.png');
  writeFileSync(png, makePng(480, 270));
  return Array.from({ length: count }, (_, i) => {
    const withImage = i % imageEvery === 0;
    const clipping = makeClipping(i, {
      images: withImage ? [{ file: 'lead.png', alt: 'Delegations arriving', originalUrl: null }] : [],
    });
    if (options.varied) {
      const lang = clipping.lang === 'ru' || clipping.lang === 'el' ? clipping.lang : 'en';
      // 200 to 1,100 words, 600 on average: the length of a typical news article.
      clipping.text = variedText(i + 1, lang, 200 + ((i * 389) % 900));
    }
    return { clipping, images: withImage ? [png] : [] };
  });
}
