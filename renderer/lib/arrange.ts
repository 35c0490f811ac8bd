/**
 * The dossier builder's arrangement as data: sections of clipping ids, and the moves the
 * arranger makes (by drag and drop or the keyboard). Pure, so the rules are tested without a page.
 */

/** A clipping as the arrangement shows it. */
export interface DossierItem {
  id: string;
  title: string;
  source: string | null;
  /** A date for people ("3 Mar 2025"), or null. */
  date: string | null;
}

/** A section being arranged; `key` is stable across renames. */
export interface ArrangedSection {
  key: string;
  title: string;
  ids: string[];
}

export interface Position {
  section: number;
  index: number;
}

export function find(sections: ArrangedSection[], id: string): Position | null {
  for (let s = 0; s < sections.length; s++) {
    const index = (sections[s] as ArrangedSection).ids.indexOf(id);
    if (index >= 0) return { section: s, index };
  }
  return null;
}

/** Moves `id` to `index` of section `target` (an index counted before the move). */
export function moveTo(sections: ArrangedSection[], id: string, target: number, index: number): ArrangedSection[] {
  const from = find(sections, id);
  if (!from) return sections;
  let at = index;
  if (from.section === target && from.index < index) at -= 1;
  const next = sections.map((s) => ({ ...s, ids: s.ids.filter((x) => x !== id) }));
  const section = next[target];
  if (!section) return sections;
  section.ids.splice(Math.max(0, Math.min(at, section.ids.length)), 0, id);
  return next;
}

/** One step up or down; past a section's edge it lands at the near end of the neighbour. */
export function moveBy(sections: ArrangedSection[], id: string, delta: -1 | 1): ArrangedSection[] {
  const from = find(sections, id);
  if (!from) return sections;
  const length = (sections[from.section] as ArrangedSection).ids.length;
  if (delta === -1) {
    if (from.index > 0) return moveTo(sections, id, from.section, from.index - 1);
    if (from.section > 0) return moveTo(sections, id, from.section - 1, (sections[from.section - 1] as ArrangedSection).ids.length);
    return sections;
  }
  if (from.index < length - 1) return moveTo(sections, id, from.section, from.index + 2);
  if (from.section < sections.length - 1) return moveTo(sections, id, from.section + 1, 0);
  return sections;
}

