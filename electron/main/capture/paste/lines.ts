/** A paste's units, classified one by one: where parsing and the scorer's training both start. */
import { detectLanguage } from '../nlp/language';
import { classifyLine, type Line } from './classify';
import type { DateOptions } from './dates';
import { checkPasteSize } from './limits';
import { normalizeText, splitUnits } from './normalize';

/**
 * The paste's units, each classified on its own, and the date options (language, reference
 * day) they were read with. The layout and the trained scorer's training both start here.
 */
export function pasteLines(text: string, options: { now?: Date } = {}): { lines: Line[]; dates: DateOptions } {
  checkPasteSize(text);
  const now = options.now ?? new Date();
  const units = splitUnits(normalizeText(text));
  const lang = detectLanguage(units.slice(0, 60).join('\n'));
  const dates: DateOptions = { now, lang };
  const lines = units.map((unit) => classifyLine(unit, dates));
  demoteCommonWordNames(lines);
  return { lines, dates };
}

/**
 * A bare "name" whose words the paste also uses in lower case ("Better Student Journalism",
 * "Inside Tunisia’s Bardo National Museum") is a title-case heading, not a person.
 */
function demoteCommonWordNames(lines: Line[]): void {
  const names = lines.filter((l) => l.kind === 'name');
  if (names.length === 0) return;
  const lower = new Set<string>();
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    // An address, a link or a handle spells a name in lower case ("trevor@9to5mac.com"): not prose.
    const prose = line.text.replace(/\S*[@/]\S*/gu, ' ');
    for (const word of prose.match(/(?<![\p{L}])\p{Ll}{3,}(?![\p{L}])/gu) ?? []) lower.add(word);
  }
  for (const line of names) {
    const words = line.text.split(/[\s,]+/u).filter((w) => w.length >= 3 && !/^(?:van|von|der|den|del|della|bin|ibn|and|und|och)$/iu.test(w));
    if (words.some((w) => lower.has(w.toLowerCase()))) line.kind = 'text';
  }
}

