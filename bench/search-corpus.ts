/**
 * Deterministic synthetic press clippings for the search benchmark: ~600-word texts drawn
 * from a Zipf-distributed vocabulary (real news words first, then a long tail of made-up
 * words), with people, places, organisations, tags, sources, dates and a few set phrases.
 * Document `i` depends only on `i`, so any process can regenerate any document on demand.
 */
import type { IndexDoc } from '../electron/main/search/types';
import { rng } from './rng';

const COMMON = `the of and to in a said is that for on with as was by at from it an be has have he his are not this
but after were had they which who will its their been more would also one two new first last year years government
president minister people officials state country police week told security war energy talks military prices market
public report city national foreign health economic support power court law forces election party leader spokesman
ministry statement agreement plan issue region deal group parliament talks peace crisis attack border troops
sanctions economy inflation rates bank budget trade exports gas oil electricity grid winter summer strike strikes
facilities infrastructure moratorium ceasefire negotiations delegation summit council committee investigation
prosecutors judge ruling appeal vote voters campaign opposition coalition reform policy tax spending debt growth
unemployment workers union protest protesters demonstration rally capital residents villages officials agency
company companies industry investment investors shares profits losses quarter analysts forecast outlook data
survey percent million billion dollars euros roubles hryvnia pounds measures decision announcement interview
comments remarks claims denied confirmed warned urged called added noted according sources diplomats envoy
ambassador embassy visit meeting conference press briefing television newspaper radio online social media
platform users network internet cyber hackers intelligence service services agents spy arrested detained
released prison charges trial sentence years months days hours morning evening night today yesterday tomorrow
weekend monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december north south east west eastern western central region regional local
international global european russian ukrainian american british french german chinese`.split(/\s+/);

export const PEOPLE = [
  'Dmitry Peskov', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Ursula von der Leyen', 'Emmanuel Macron',
  'Olaf Scholz', 'Friedrich Merz', 'Keir Starmer', 'Rishi Sunak', 'Joe Biden', 'Donald Trump', 'Antony Blinken',
  'Sergei Lavrov', 'Denys Shmyhal', 'Andriy Yermak', 'Mark Rutte', 'Jens Stoltenberg', 'Giorgia Meloni',
  'Pedro Sánchez', 'Luiz Inácio Lula da Silva', 'Recep Tayyip Erdoğan', 'Xi Jinping', 'Narendra Modi',
  'Christine Lagarde', 'Kaja Kallas', 'Viktor Orbán', 'Donald Tusk', 'Maia Sandu', 'Alexander Lukashenko',
  'Jürgen Hardt', 'José Manuel Albares', 'Annalena Baerbock', 'Robert Habeck', 'Mette Frederiksen',
  'Petr Fiala', 'Andrej Babiš', 'Robert Fico', 'Alexander Stubb', 'Ulf Kristersson', 'Micheál Martin',
];
export const PLACES = [
  'Moscow', 'Kyiv', 'Kharkiv', 'Odesa', 'Lviv', 'Donetsk', 'Crimea', 'Brussels', 'Berlin', 'Paris', 'London',
  'Washington', 'Beijing', 'Ankara', 'Istanbul', 'Warsaw', 'Prague', 'Vienna', 'Zürich', 'Geneva', 'Rome',
  'Madrid', 'Lisbon', 'São Paulo', 'Chișinău', 'Minsk', 'Vilnius', 'Riga', 'Tallinn', 'Helsinki', 'Stockholm',
  'Oslo', 'Copenhagen', 'Budapest', 'Bratislava', 'Bucharest', 'Sofia', 'Athens', 'Dublin', 'Kraków',
];
export const ORGS = [
  'Kremlin', 'European Commission', 'NATO', 'United Nations', 'IAEA', 'Gazprom', 'Naftogaz', 'Ukrenergo',
  'IMF', 'World Bank', 'OPEC', 'European Central Bank', 'Bundestag', 'Élysée', 'White House', 'Pentagon',
  'Red Cross', 'OSCE', 'G7', 'Council of Europe',
];
export const TAGS = [
  'ukraine', 'russia', 'energy', 'diplomacy', 'economy', 'sanctions', 'eu', 'nato', 'elections', 'gas',
  'oil', 'nuclear', 'grid', 'inflation', 'trade', 'defence', 'cyber', 'media', 'courts', 'migration',
  'climate', 'agriculture', 'transport', 'health', 'education', 'protests', 'corruption', 'banking',
  'budget', 'labour', 'housing', 'technology', 'space', 'sport', 'culture', 'weather', 'crime', 'religion',
  'science', 'press-office',
];
export const SOURCES = [
  'Reuters', 'Associated Press', 'AFP', 'BBC News', 'The Guardian', 'Financial Times', 'The New York Times',
  'The Washington Post', 'Le Monde', 'Der Spiegel', 'Frankfurter Allgemeine', 'El País', 'Corriere della Sera',
  'Kyiv Independent', 'Ukrainska Pravda', 'Meduza', 'TASS', 'Interfax', 'Bloomberg', 'Politico Europe',
  'Euronews', 'Deutsche Welle', 'The Sun News', 'Neue Zürcher Zeitung', 'Gazeta Wyborcza',
];
export const PHRASES = [
  'energy moratorium', 'prime minister', 'peace talks', 'interest rates', 'power plant', 'grain deal',
  'gas transit', 'security guarantees', 'frozen assets', 'press conference', 'air defence', 'price cap',
];

const SYLLABLES = `ka ro mi ne sa to vi la de po ru te ma li no ga be shi ko ta re an el or in ul ve dra ste pri
lo mu ze ar os un ik ov en is fa gu hi jo ki pe qu sti tro vel mar bor dan kel lin mor nar par ser tol`.split(/\s+/);


/** The vocabulary in rank order: real news words first, then made-up words. */
export const VOCAB: string[] = (() => {
  const words = [...new Set(COMMON)];
  const seen = new Set(words);
  const r = rng(7);
  while (words.length < 50_000) {
    const n = 2 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
})();

const LOG_VOCAB = Math.log(VOCAB.length + 1);
/** A Zipf(1)-distributed rank: frequency falls as 1/rank. */
function zipf(r: () => number, n = VOCAB.length, log = LOG_VOCAB): number {
  return Math.min(n - 1, Math.floor(Math.exp(r() * log)) - 1);
}
function pick<T>(r: () => number, list: readonly T[], skew = false): T {
  const i = skew ? zipf(r, list.length, Math.log(list.length + 1)) : Math.floor(r() * list.length);
  return list[i] as T;
}
function pickSome<T>(r: () => number, list: readonly T[], min: number, max: number, skew = false): T[] {
  const n = min + Math.floor(r() * (max - min + 1));
  const out = new Set<T>();
  for (let tries = 0; out.size < n && tries < n * 4; tries++) out.add(pick(r, list, skew));
  return [...out];
}
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const surname = (p: string): string => p.split(' ').at(-1) as string;

const START = Date.UTC(2015, 0, 1);
const SPAN = Date.UTC(2025, 10, 30) - START;

// The 300 commonest Chinese characters, roughly in frequency order.
const HANZI = Array.from(
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跑花',
);

/** A Chinese clipping (every 50th): substring search has no spaces to lean on. */
function chineseText(r: () => number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 6; p++) {
    let s = '';
    for (let k = 0; k < 150; k++) s += (HANZI[zipf(r, HANZI.length, Math.log(HANZI.length + 1))] as string) + (r() < 0.06 ? '，' : '');
    paragraphs.push(`${s}。`);
  }
  return paragraphs.join('\n\n');
}

/** A 2-4 character substring of Chinese clipping `i`'s text (for the benchmark's queries). */
export function chineseQuery(i: number): string {
  const text = makeDoc(i * 50 + 49).text;
  const at = 40 + (i * 37) % 400;
  return text.slice(at, at + 2 + (i % 3)).replace(/[，。\s]/g, '');
}

/** Clipping `i` of the synthetic archive. */
export function makeDoc(i: number): IndexDoc {
  const r = rng(1_000_003 * (i + 1));
  const people = pickSome(r, PEOPLE, 1, 4, true);
  const places = pickSome(r, PLACES, 1, 3, true);
  const organisations = pickSome(r, ORGS, 0, 2, true);
  const published = START + Math.floor(r() * SPAN);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < 600) {
    const sentences: string[] = [];
    for (let s = 0, n = 3 + Math.floor(r() * 3); s < n && words < 600; s++) {
      const len = 8 + Math.floor(r() * 18);
      const parts: string[] = [];
      for (let k = 0; k < len; k++) {
        const roll = r();
        if (roll < 0.02) parts.push(pick(r, people));
        else if (roll < 0.035) parts.push(pick(r, places));
        else if (roll < 0.04) parts.push(pick(r, PHRASES, true));
        else if (roll < 0.05) parts.push(surname(pick(r, people)));
        else parts.push(VOCAB[zipf(r)] as string);
      }
      words += len;
      sentences.push(`${cap(parts.join(' '))}${r() < 0.1 ? '?' : '.'}`);
    }
    paragraphs.push(sentences.join(' '));
  }
  const titleWords = Array.from({ length: 5 + Math.floor(r() * 5) }, () => VOCAB[zipf(r, 3000, Math.log(3001))] as string);
  titleWords.splice(1, 0, surname(people[0] as string));
  const langRoll = r();
  const chinese = i % 50 === 49;
  return {
    id: `c${String(i).padStart(7, '0')}`,
    title: chinese ? chineseText(r).slice(0, 14) : cap(titleWords.join(' ')),
    text: chinese ? chineseText(r) : paragraphs.join('\n\n'),
    source: pick(r, SOURCES, true),
    author: `${pick(r, ['Anna', 'Olena', 'Mark', 'Jean', 'Sofia', 'Pavel', 'Laura', 'Tom'])} ${pick(r, ['Smith', 'Kovalenko', 'Dubois', 'Müller', 'Rossi', 'Novak'])}`,
    lang: chinese ? 'zh' : langRoll < 0.9 ? 'en' : langRoll < 0.95 ? 'de' : 'fr',
    tags: pickSome(r, TAGS, 2, 5, true),
    people,
    places,
    organisations,
    publishedAt: new Date(published).toISOString().slice(0, 10),
    capturedAt: new Date(published + Math.floor(r() * 3 * 86_400_000)).toISOString(),
    hasQuote: r() < 0.4,
    isDuplicate: r() < 0.01,
  };
}

/** Documents 0 … n-1, generated lazily so the corpus is never held in memory at once. */
export function* corpus(n: number): Generator<IndexDoc> {
  for (let i = 0; i < n; i++) yield makeDoc(i);
}
