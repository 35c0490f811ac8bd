/**
 * How tall a list row is, worked out from its content rather than measured in the page: the
 * title takes one line or two (its width in the row's own font, from a canvas), a tags line
 * and a search snippet add theirs. Sizes are known before a row is drawn, so scrolling 100,000
 * clippings reads no layout; the row is drawn at exactly this height (CSS clamps the title to
 * the same lines), so nothing overlaps if a guess is off.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type RefObject } from 'react';
import type { Density } from '../hooks/use-layout';
import type { ResultList } from '../hooks/use-result-list';
import { fontLoadsVersion, redrawnSince, subscribeFontLoads } from '../lib/font-loads';
import { linesOf, measureCommonCharsWhenIdle } from '../lib/text-width';
import { PAGE, type Pages } from '../lib/result-pages';
import type { Row } from '../lib/rows';

/** Line boxes and paddings of `styles/list.css`, in px. */
const METRICS = {
  comfortable: {
    padding: 22,
    gap: 3,
    title: 19,
    meta: 18,
    tags: 23,
    snippetLine: 19,
    titleFont: '600 14px',
    snippetFont: '13px',
  },
  compact: {
    padding: 14,
    gap: 1,
    title: 18,
    meta: 18,
    tags: 0,
    snippetLine: 19,
    titleFont: '600 13.5px',
    snippetFont: '13px',
  },
} as const;
/** The row's left and right padding: the title's width is the list's less these. */
const INSET = 34;

export interface RowShape {
  height: number;
  /** Lines the title is clamped to. */
  titleLines: number;
  snippetLines: number;
}

export function rowShape(row: Row, density: Density, listWidth: number, withSnippet: boolean): RowShape {
  const m = METRICS[density];
  const width = listWidth - INSET;
  const titleLines = linesOf(row.title, m.titleFont, width, density === 'compact' ? 1 : 2);
  const snippetLines =
    withSnippet && row.snippet ? linesOf(row.snippet, m.snippetFont, width, density === 'compact' ? 1 : 2) : 0;
  let height = m.padding + titleLines * m.title + m.gap + m.meta;
  if (density === 'comfortable' && row.tags.length > 0) height += m.tags;
  if (snippetLines) height += m.gap + snippetLines * m.snippetLine;
  return { height: Math.ceil(height), titleLines, snippetLines };
}

/** The height of a row not loaded yet. */
export const placeholderHeight = (density: Density, withSnippet: boolean): number =>
  (density === 'compact' ? 52 : 84) + (withSnippet ? (density === 'compact' ? 20 : 40) : 0);

export interface RowShapes {
  /** The virtualizer's `estimateSize`: a loaded row's height, else a typical one. */
  height(index: number): number;
  of(row: Row): RowShape;
}

/**
 * Row sizes, kept per row (rows are immutable) for the width and density they were worked out
 * for, and the fonts then loaded: a font that loads since is checked against the row's text.
 */
const shapeCache = new WeakMap<Row, { key: string; fonts: number; shape: RowShape }>();
function shapeOf(row: Row, key: string, fonts: number, work: () => RowShape): RowShape {
  const kept = shapeCache.get(row);
  if (kept?.key === key && kept.fonts !== fonts && !redrawnSince(row.title + (row.snippet ?? ''), kept.fonts)) kept.fonts = fonts;
  if (kept?.key === key && kept.fonts === fonts) return kept.shape;
  const shape = work();
  shapeCache.set(row, { key, fonts, shape });
  return shape;
}

/**
 * Every row's height, for the virtualizer to read N times cheaply: the typical height, and
 * the loaded pages' own, written in place as pages load (a page costs its own rows, and
 * scrolling 100,000 rows allocates no new table). A page whose rows change is a new array,
 * written again.
 */
class SizeTable {
  readonly sizes: Float64Array;
  private readonly written = new WeakSet<readonly Row[]>();
  /** For the list `listKey` of `total` rows, with rows shaped by `of`. */
  constructor(
    readonly listKey: string,
    total: number,
    typical: number,
    private readonly of: (row: Row) => RowShape,
  ) {
    this.sizes = new Float64Array(total).fill(typical);
  }
  write(pages: Pages): void {
    const { of } = this;
    for (const [page, rows] of pages) {
      if (this.written.has(rows)) continue;
      this.written.add(rows);
      const start = page * PAGE;
      rows.forEach((row, i) => {
        if (start + i < this.sizes.length) this.sizes[start + i] = of(row).height;
      });
    }
  }
}

/** Row sizes for the list as it is now, worked out again when its width, the density or the fonts change. */
export function useRowShapes(
  list: ResultList,
  density: Density,
  withSnippets: boolean,
  scrollRef: RefObject<HTMLDivElement | null>,
): RowShapes {
  const [width, setWidth] = useState(380);
  const fonts = useSyncExternalStore(subscribeFontLoads, fontLoadsVersion);
  useEffect(() => {
    const node = scrollRef.current;
    if (!node) return;
    const observer = new ResizeObserver(() => setWidth(Math.round(node.clientWidth / 8) * 8));
    observer.observe(node);
    return () => observer.disconnect();
  }, [scrollRef]);
  useEffect(() => measureCommonCharsWhenIdle([METRICS[density].titleFont, METRICS[density].snippetFont]), [density, fonts]);
  const key = `${width}:${density}:${withSnippets}`;
  const of = useCallback(
    (row: Row): RowShape => shapeOf(row, key, fonts, () => rowShape(row, density, width, withSnippets)),
    [key, fonts, density, width, withSnippets],
  );
  const typical = placeholderHeight(density, withSnippets);
  const { key: listKey, total, pages } = list;
  // A new table for another list, width, density or fonts; the pages that load are written into it.
  const table = useMemo(() => new SizeTable(listKey, total, typical, of), [listKey, total, typical, of]);
  const height = useMemo(() => {
    table.write(pages);
    const { sizes } = table;
    return (index: number): number => sizes[index] ?? typical;
  }, [table, pages, typical]);
  return { height, of };
}
