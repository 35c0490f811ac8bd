/**
 * Grouping and ordering: turns the spec and the chosen clippings into the sections the
 * dossier prints, in order. Pure, so the rules can be tested without making a PDF.
 */
import { clippingDay, clippingTime, formatDay } from './format';
import type { DossierClipping, DossierSpec } from './types';

/** A section of the dossier; `title` is null for an ungrouped dossier (one untitled section). */
export interface PlannedSection {
  title: string | null;
  items: DossierClipping[];
}

const OTHER = 'Other clippings';

function compareText(a: string, b: string): number {
  return a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });
}

/** Orders clippings inside one section. 'manual' keeps the order given. */
export function orderItems(items: DossierClipping[], order: DossierSpec['order']): DossierClipping[] {
  if (order === 'manual') return [...items];
  const byDate = (a: DossierClipping, b: DossierClipping): number =>
    clippingTime(a.clipping).localeCompare(clippingTime(b.clipping));
  if (order === 'source') {
    return [...items].sort(
      (a, b) => compareText(a.clipping.source ?? '\uffff', b.clipping.source ?? '\uffff') || byDate(a, b),
    );
  }
  // Default: chronological, oldest first, so a review of a period reads as the story unfolded.
  return [...items].sort(byDate);
}

/** Tags are stored lower-case ("grain deal"); as a section title they read "Grain deal". */
function tagTitle(tag: string, locale: string): string {
  return tag.charAt(0).toLocaleUpperCase(locale) + tag.slice(1);
}

function groupKey(item: DossierClipping, groupBy: DossierSpec['groupBy']): string {
  const c = item.clipping;
  if (groupBy === 'tag') return c.tags[0] ?? '';
  if (groupBy === 'source') return c.source ?? '';
  return clippingDay(c);
}

/**
 * The sections to print. Sections given by hand win over `groupBy`; clippings a hand-made
 * section list leaves out are not dropped silently but gathered in a final "Other clippings".
 * A clipping appears once: under its first tag when grouping by tag.
 */
export function planSections(spec: DossierSpec, items: DossierClipping[], locale: string): PlannedSection[] {
  const order = spec.order ?? 'date';
  if (spec.sections && spec.sections.length > 0) {
    const byId = new Map(items.map((item) => [item.clipping.id, item]));
    const placed = new Set<string>();
    const sections: PlannedSection[] = [];
    for (const section of spec.sections) {
      const chosen: DossierClipping[] = [];
      for (const id of section.ids) {
        const item = byId.get(id);
        if (item && !placed.has(id)) {
          placed.add(id);
          chosen.push(item);
        }
      }
      if (chosen.length > 0) sections.push({ title: section.title, items: orderItems(chosen, order) });
    }
    const rest = items.filter((item) => !placed.has(item.clipping.id));
    if (rest.length > 0) sections.push({ title: OTHER, items: orderItems(rest, order) });
    return sections;
  }

  const groupBy = spec.groupBy ?? 'none';
  if (groupBy === 'none') return [{ title: null, items: orderItems(items, order) }];

  const groups = new Map<string, DossierClipping[]>();
  for (const item of items) {
    const key = groupKey(item, groupBy);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  // Days run chronologically; tags and sources alphabetically, with the catch-all group last.
  const keys = [...groups.keys()].sort((a, b) => {
    if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
    return groupBy === 'day' ? a.localeCompare(b) : compareText(a, b);
  });
  return keys.map((key) => ({
    title:
      key === ''
        ? groupBy === 'tag'
          ? 'Untagged'
          : 'Unknown source'
        : groupBy === 'day'
          ? formatDay(key, locale, true)
          : groupBy === 'tag'
            ? tagTitle(key, locale)
            : key,
    items: orderItems(groups.get(key) ?? [], order),
  }));
}
