/**
 * `is:duplicate`: clippings of the same story stored more than once, under the same headline
 * (the same wire copy printed by two papers, a page saved twice at different addresses).
 * Exact copies never get this far: the archive refuses them on import (same address or
 * same text). Headlines are compared with case, accents, punctuation and spacing folded.
 */
import { fold } from '../search/fold';

export function titleKey(title: string): string {
  return fold(title)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export class TitleTwins {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly keyOf = new Map<string, string>();

  constructor(clippings: Iterable<{ id: string; title: string }> = []) {
    for (const c of clippings) this.put(c.id, c.title);
  }

  /** Whether another clipping has the same headline as `id`. */
  has(id: string): boolean {
    const key = this.keyOf.get(id);
    return key !== undefined && (this.byKey.get(key)?.size ?? 0) > 1;
  }

  /**
   * Records `id` under `title` (replacing its earlier headline, if any). Returns the other
   * clippings whose `is:duplicate` changed because of it.
   */
  set(id: string, title: string): string[] {
    const changed = this.delete(id);
    const others = [...(this.byKey.get(titleKey(title)) ?? [])];
    this.put(id, title);
    // The one clipping that had this headline alone now has a twin.
    return [...new Set([...changed, ...(others.length === 1 ? others : [])])];
  }

  /** Forgets `id`; returns the clipping left alone with its headline, if any. */
  delete(id: string): string[] {
    const key = this.keyOf.get(id);
    if (key === undefined) return [];
    this.keyOf.delete(id);
    const ids = this.byKey.get(key);
    ids?.delete(id);
    if (!ids || ids.size === 0) {
      this.byKey.delete(key);
      return [];
    }
    return ids.size === 1 ? [...ids] : [];
  }

  private put(id: string, title: string): void {
    const key = titleKey(title);
    if (!key) return;
    this.keyOf.set(id, key);
    const ids = this.byKey.get(key) ?? new Set<string>();
    ids.add(id);
    this.byKey.set(key, ids);
  }
}
