/**
 * Who said what. Each quotation is attributed from the words around it: after it
 * ("…,” Peskov said", "», sagte eine Bahnsprecherin"), or before it in the same sentence
 * ("Trump said that … “if one of…”", "Peskov said: “…”"). A quotation with no attribution
 * takes the speaker of the quotation before it in the paragraph, or — when the paragraph is
 * nothing but the quotation — of the previous paragraph's last one (a continued quote).
 * Pronouns ("he told reporters") stand for the last person named; surnames for the full name.
 *
 * Scare quotes: a quotation of one to three words counts only when it is attributed directly
 * (a verb of saying right before or after it); embedded in a sentence ("had been “captured by
 * producers”") it is a borrowed phrase, not a statement. A longer quotation with no speaker is
 * kept only when it is clearly one: both its marks there, eight words or more, standing as a
 * sentence of its own — so quoted titles, terms and a stray mark running to the end of the
 * paragraph are not reported as statements.
 */
import type { Quote } from '../../../../shared/clipping';
import type { Mention } from './entities';
import { canonicalOrganisation, canonicalPlace } from './gazetteer';
import { DETERMINERS, ROLE_WORDS, STOPWORDS, TITLES, pronouns, speechVerbs } from './lexicon';
import type { PersonIndex } from './people';
import { findQuoteSpans, type QuoteSpan } from './quote-marks';
import { isAbbreviation, sentenceEnd } from './sentences';

export interface QuoteContext {
  lang: string | null;
  persons: PersonIndex;
  /** People and organisations named in the text, with offsets into it. */
  mentions: Mention[];
}

interface Attribution {
  speaker: string | null;
  /** The verb of saying stood right next to the quotation. */
  direct: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'while', 'as', 'und', 'aber', 'oder', 'et', 'mais', 'ou', 'y', 'pero', 'o', 'e', 'ale', 'nebo', 'и', 'но', 'а']);

/** Offsets of the verbs of saying in `text[from, to)`, in order. */
function verbsIn(text: string, from: number, to: number, verbs: RegExp): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const window = text.slice(from, to);
  for (const m of window.matchAll(verbs)) found.push([from + m.index, from + m.index + m[0].length]);
  return found;
}

function verbPattern(lang: string | null): RegExp {
  const alternatives = speechVerbs(lang)
    .sort((a, b) => b.length - a.length)
    .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'giu');
}

/** Start of the sentence that contains offset `at` within `paragraph`. */
function sentenceStart(paragraph: string, at: number): number {
  const boundary = /[.!?…]["”“’»]?\s+/gu;
  let start = 0;
  for (const m of paragraph.slice(0, at).matchAll(boundary)) {
    const before = paragraph.slice(start, m.index + 1);
    if (m[0].startsWith('.') && isAbbreviation(before, paragraph.slice(m.index + m[0].length))) continue;
    start = m.index + m[0].length;
  }
  return start;
}

export class QuoteFinder {
  private readonly verbs: RegExp;
  private readonly pronouns: Set<string>;

  constructor(private readonly text: string, private readonly ctx: QuoteContext) {
    this.verbs = verbPattern(ctx.lang);
    this.pronouns = pronouns(ctx.lang);
  }

  /** Every quotation of the text with its speaker, in reading order. */
  find(): Quote[] {
    const quotes: Quote[] = [];
    let previousSpeaker: string | null = null;
    let offset = 0;
    for (const paragraph of this.text.split('\n\n')) {
      const spans = findQuoteSpans(paragraph);
      let paragraphSpeaker: string | null = null;
      for (const span of spans) {
        const attribution = this.attribute(paragraph, offset, span);
        const words = span.text.split(/\s+/).length;
        const onlyQuote = paragraph.trim().length - span.text.length <= 4;
        let speaker = attribution.speaker;
        if (speaker === null && this.standsAlone(paragraph, span)) {
          speaker = paragraphSpeaker ?? (onlyQuote || span.open === 0 ? previousSpeaker : null);
        }
        // Without a speaker only a clear quotation counts: both marks there, eight words or more,
        // standing as a sentence of its own (not a title or term inside a sentence).
        const clear = span.close !== null && words >= 8 && this.standsAlone(paragraph, span);
        const keep = words <= 3 ? attribution.direct && speaker !== null : speaker !== null || clear;
        if (keep) {
          quotes.push({ speaker, text: span.text.replace(/[,;:]$/u, '').trim() });
          paragraphSpeaker = speaker ?? paragraphSpeaker;
        }
      }
      // A quotation continues only into the paragraph right after it.
      previousSpeaker = spans.length > 0 ? paragraphSpeaker : null;
      offset += paragraph.length + 2;
    }
    return quotes;
  }

  /** True when the quotation is a sentence of its own rather than a phrase inside one. */
  private standsAlone(paragraph: string, span: QuoteSpan): boolean {
    const before = paragraph.slice(0, span.open).trimEnd();
    return before.length === 0 || /[.!?:…"”“»«]$/u.test(before);
  }

  private attribute(paragraph: string, offset: number, span: QuoteSpan): Attribution {
    const after = this.fromAfter(paragraph, offset, span);
    if (after) return { speaker: after, direct: true };
    // Before the quotation, in the same sentence: "Peskov said: “…”", "Trump said that … “…”".
    const start = sentenceStart(paragraph, span.open);
    const verbs = verbsIn(this.text, offset + start, offset + span.open, this.verbs);
    const verb = verbs[verbs.length - 1];
    if (!verb) return { speaker: null, direct: false };
    const between = this.text.slice(verb[1], offset + span.open);
    const direct = /^\s*[:,]?\s*$/u.test(between) || /:\s*$/u.test(between);
    const speaker =
      this.subject(offset + start, verb[0], 'before') ?? this.subject(verb[1], offset + span.open, 'after');
    return { speaker, direct };
  }

  /** The speaker named right after the quotation ("…,” Peskov said"), or null. */
  private fromAfter(paragraph: string, offset: number, span: QuoteSpan): string | null {
    if (span.close === null) return null;
    const rest = paragraph.slice(span.close + 1);
    const lead = /^[\s,;:—–-]*/u.exec(rest)?.[0].length ?? 0;
    // The attribution runs to the end of the sentence or the next quotation.
    const tail = rest.slice(lead);
    const nextQuote = tail.search(/["“„«»]/u);
    const stop = Math.min(sentenceEnd(tail), nextQuote < 0 ? tail.length : nextQuote);
    const sentence = tail.slice(0, stop).replace(/[.!?…]+$/u, '');
    const sentenceWords = [...sentence.matchAll(WORD)];
    if (sentenceWords.length === 0) return null;
    // After a quotation that ended its sentence, only a short clause is its attribution.
    if (/[.!?…]$/u.test(span.text) && sentenceWords.length > 8) return null;
    // The verb of saying comes within the first words: "Peskov said, citing …".
    const cut = sentenceWords[Math.min(sentenceWords.length, 10) - 1];
    const clause = cut ? sentence.slice(0, cut.index + cut[0].length) : sentence;
    const from = offset + span.close + 1 + lead;
    const to = from + clause.length;
    const verb = verbsIn(this.text, from, to, this.verbs)[0];
    if (!verb) return null;
    // "…” and said Russia’s claims…" continues the sentence; an attribution names its subject first.
    const opening = [...this.text.slice(from, verb[0]).matchAll(WORD)].map((w) => w[0].toLowerCase());
    if (opening.length > 5 || opening.some((w) => CONJUNCTIONS.has(w))) return null;
    // The verb is looked for in the first words; the subject after it may run to the sentence end.
    return this.subject(from, verb[0], 'before') ?? this.subject(verb[1], from + sentence.length, 'after');
  }

  /**
   * The subject in `text[from, to)`: a person or organisation named there, a pronoun (the last
   * person named before it), or a description ("eine Bahnsprecherin"). `side` says which end
   * is nearest the verb.
   */
  private subject(from: number, to: number, side: 'before' | 'after'): string | null {
    if (to <= from) return null;
    // A name may run past the window's end ("… said the Department of Conservation").
    const inside = this.ctx.mentions.filter((m) => m.start >= from && m.start < to);
    const persons = inside.filter((m) => m.kind === 'person');
    const pool = persons.length > 0 ? persons : inside;
    const named = side === 'before' ? pool[pool.length - 1] : pool[0];
    const window = this.text.slice(from, to);
    const words = [...window.matchAll(WORD)];
    const ordered = side === 'before' ? [...words].reverse() : words;
    for (const w of ordered.slice(0, 6)) {
      const at = from + w.index;
      if (named && (side === 'before' ? named.start >= at : named.start <= at)) break;
      if (this.pronouns.has(w[0].toLowerCase())) return this.lastPersonBefore(at);
    }
    if (named) return named.name;
    return this.bareName(ordered, side) ?? (side === 'after' ? this.description(window) : null);
  }

  /**
   * A capitalised name next to the verb that the entity scan did not know: "Smith said",
   * "said Smith", "píše na Twitteru Gary Lineker" (a few lowercase words may come first).
   */
  private bareName(ordered: RegExpMatchArray[], side: 'before' | 'after'): string | null {
    const isName = (w: string): boolean =>
      /^\p{Lu}\p{Ll}/u.test(w) && !STOPWORDS.has(w) && !TITLES.has(w) && !this.pronouns.has(w.toLowerCase());
    let names: string[] = [];
    let skipped = 0;
    let stopper = '';
    for (const { 0: w } of ordered.slice(0, 7)) {
      // "sagte eine Bahnsprecherin": after an article the capital is a noun's, not a name's.
      if (names.length === 0 && side === 'after' && DETERMINERS.has(w.toLowerCase())) return null;
      if (isName(w)) names.push(w);
      else if (names.length > 0 || side === 'before' || /^\p{Lu}/u.test(w) || ++skipped > 3) {
        stopper = w;
        break;
      }
    }
    // A run cut short by a capitalised word ("New | Zealand") is part of a longer name.
    if (names.length === 0 || /^\p{Lu}/u.test(stopper)) return null;
    if (side === 'before') names.reverse();
    // "na Twitter Gary Lineker": a name is its last two words.
    if (names.length > 2) names = names.slice(-2);
    const name = names.join(' ');
    if (canonicalPlace(name, this.ctx.lang) !== null || /['’]s$/u.test(name)) return null;
    return this.ctx.persons.resolve(name) ?? name;
  }

  private lastPersonBefore(at: number): string | null {
    let last: Mention | null = null;
    for (const m of this.ctx.mentions) if (m.kind === 'person' && m.start < at) last = m;
    return last?.name ?? null;
  }

  /** "eine Bahnsprecherin in Berlin" → "eine Bahnsprecherin"; "le ministre de l'Agriculture" stays whole. */
  private description(window: string): string | null {
    const words = window.trim().split(/\s+/);
    const first = (words[0] ?? '').toLowerCase();
    // Languages without articles name the role directly: "řekl ministr financí".
    if (ROLE_WORDS.has(first.replace(/[,.;:]+$/u, ''))) {
      const role = window.trim().split(/[,.;:]/u)[0]?.split(/\s+/).slice(0, 3).join(' ') ?? '';
      return role.length > 0 ? role : null;
    }
    if (!DETERMINERS.has(first) && !/^(?:l['’])/u.test(first)) return null;
    const kept = [words[0] ?? ''];
    for (const word of words.slice(1, 6)) {
      const bare = word.replace(/[,.;:]+$/u, '');
      const joiner = /^(?:of|de|du|des|der|del|di)$/u.test(bare) || /^(?:d|l)['’]\p{Lu}/u.test(bare);
      if (kept.length > 1 && !joiner && !/^\p{Lu}/u.test(bare) && !/^(?:d|l)['’]/u.test(kept[kept.length - 1] ?? '')) {
        if (!/^(?:of|de|du|des|der|del|di)$/u.test(kept[kept.length - 1] ?? '')) break;
      }
      kept.push(bare);
      if (bare !== word) break;
    }
    while (kept.length > 1 && /^(?:of|de|du|des|der|del|di|in|im|à|en)$/u.test(kept[kept.length - 1] ?? '')) kept.pop();
    // "the New Zealand …" is the start of a name the scan missed, not a description.
    const rest = kept.slice(1).join(' ');
    if (canonicalPlace(rest, this.ctx.lang) !== null || canonicalOrganisation(rest, this.ctx.lang) !== null) return null;
    return kept.length > 1 ? kept.join(' ') : null;
  }
}
