/**
 * Tag changes that can be undone exactly: who had a tag is read before it changes, so Undo
 * gives it back to those clippings and no others.
 */
import type { TagInfo } from '../../../shared/clipping';

/** Colours that read on light and dark backgrounds, with names for screen readers. */
export const TAG_COLOURS: Array<{ value: string; name: string }> = [
  { value: '#c0392b', name: 'Red' },
  { value: '#d35400', name: 'Orange' },
  { value: '#b7950b', name: 'Ochre' },
  { value: '#1e8449', name: 'Green' },
  { value: '#148f77', name: 'Teal' },
  { value: '#2471a3', name: 'Blue' },
  { value: '#7d3c98', name: 'Purple' },
  { value: '#7f8c8d', name: 'Grey' },
];

export const colourName = (value: string | null): string =>
  value ? (TAG_COLOURS.find((c) => c.value === value)?.name ?? value) : 'none';

/** The ids of every clipping with `tag`, page by page (a tag can be on more clippings than one page holds). */
export async function clippingsTagged(tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await window.cuttings.search.query({ q: `tag:"${tag}"`, limit: 1000, offset, sort: 'date' });
    ids.push(...page.hits.map((h) => h.id));
    if (page.hits.length < 1000 || ids.length >= page.total) return ids;
  }
}

export interface Undoable {
  message: string;
  undo?: () => Promise<unknown>;
}

/**
 * Merges `sources` into `target`, returning how many clippings changed and an undo that gives
 * each source back to exactly the clippings that had it, takes `target` off those that did
 * not have it before, and puts the sources' colours back.
 */
export async function mergeWithUndo(
  sources: TagInfo[],
  target: string,
): Promise<{ updated: number; undo: () => Promise<void> }> {
  const had = new Map<string, string[]>();
  for (const source of sources) had.set(source.name, await clippingsTagged(source.name));
  const targetHad = new Set(await clippingsTagged(target));
  const { updated } = await window.cuttings.tags.merge({ sources: sources.map((t) => t.name), target });
  return {
    updated,
    undo: async () => {
      for (const [name, ids] of had)
        if (ids.length > 0) await window.cuttings.clippings.tag({ ids, add: [name] });
      const gained = [...new Set([...had.values()].flat())].filter((id) => !targetHad.has(id));
      if (gained.length > 0) await window.cuttings.clippings.tag({ ids: gained, remove: [target] });
      for (const source of sources)
        if (source.color) await window.cuttings.tags.setColor({ name: source.name, color: source.color });
    },
  };
}

/** Deletes a tag; the undo gives it back to exactly the clippings that had it, with its colour. */
export async function deleteWithUndo(tag: TagInfo): Promise<{ count: number; undo: () => Promise<void> }> {
  const ids = await clippingsTagged(tag.name);
  await window.cuttings.tags.delete({ name: tag.name });
  return {
    count: ids.length,
    undo: async () => {
      if (ids.length > 0) await window.cuttings.clippings.tag({ ids, add: [tag.name] });
      if (tag.color) await window.cuttings.tags.setColor({ name: tag.name, color: tag.color });
    },
  };
}
