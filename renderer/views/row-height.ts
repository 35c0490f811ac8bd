/**
 * How tall a list row is, worked out from its content rather than measured in the page: the
 * title takes one line or two (its width in the row's own font, from a canvas), a tags line
 * and a search snippet add theirs. Sizes are known before a row is drawn, so scrolling 100,000
 * clippings reads no layout; the row is drawn at exactly this height (CSS clamps the title to
 * the same lines), so nothing overlaps if a guess is off.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { Density } from '../hooks/use-layout';
import type { ResultList } from '../hooks/use-result-list';
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

let context: CanvasRenderingContext2D | null = null;
function textWidth(text: string, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 7.5;
  const family = getComputedStyle(document.documentElement).getPropertyValue('--font-ui') || 'sans-serif';
  context.font = `${font} ${family}`;
  return context.measureText(text).width;
}

/** Lines a text takes at `width`, at most `max` (a little slack for how words wrap). */
function lines(text: string, font: string, width: number, max: number): number {
  if (max <= 1) return 1;
  const needed = textWidth(text, font) / Math.max(80, width);
  return needed <= 0.97 ? 1 : Math.min(max, Math.ceil(needed + 0.1));
}

export interface RowShape {
  height: number;
  /** Lines the title is clamped to. */
  titleLines: number;
  snippetLines: number;
}

export function rowShape(row: Row, density: Density, listWidth: number, withSnippet: boolean): RowShape {
  const m = METRICS[density];
  const width = listWidth - INSET;
  const titleLines = lines(row.title, m.titleFont, width, density === 'compact' ? 1 : 2);
  const snippetLines =
    withSnippet && row.snippet ? lines(row.snippet, m.snippetFont, width, density === 'compact' ? 1 : 2) : 0;
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
  /** The width, density and fonts the sizes are worked out for. */
  key: string;
}

/** Row sizes, kept per row (rows are immutable) for the width, density and fonts they were worked out for. */
const shapeCache = new WeakMap<Row, { key: string; shape: RowShape }>();
function shapeOf(row: Row, key: string, work: () => RowShape): RowShape {
  const kept = shapeCache.get(row);
  if (kept?.key === key) return kept.shape;
  const shape = work();
  shapeCache.set(row, { key, shape });
  return shape;
}

/** Row sizes for the list as it is now, worked out again when its width, the density or the fonts change. */
export function useRowShapes(
  list: ResultList,
  density: Density,
  withSnippets: boolean,
  scrollRef: RefObject<HTMLDivElement | null>,
): RowShapes {
  const [width, setWidth] = useState(380);
  const [fonts, setFonts] = useState(0);
  const empty = list.total === 0;
  useEffect(() => {
    const node = scrollRef.current;
    if (!node) return;
    const observer = new ResizeObserver(() => setWidth(Math.round(node.clientWidth / 8) * 8));
    observer.observe(node);
    void document.fonts.ready.then(() => setFonts((n) => n + 1));
    return () => observer.disconnect();
  }, [scrollRef, empty]);
  const key = `${width}:${density}:${withSnippets}:${fonts}`;
  const of = useCallback(
    (row: Row): RowShape => shapeOf(row, key, () => rowShape(row, density, width, withSnippets)),
    [key, density, width, withSnippets],
  );
  const typical = placeholderHeight(density, withSnippets);
  const { rowAt } = list;
  const height = useCallback(
    (index: number): number => {
      const row = rowAt(index);
      return row ? of(row).height : typical;
    },
    [rowAt, of, typical],
  );
  return { height, of, key };
}
