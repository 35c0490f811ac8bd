/**
 * The library list: a virtualized listbox, so 100,000 clippings cost only the two dozen
 * rows on screen. Keyboard focus stays on the listbox and `aria-activedescendant` names
 * the current row, which is how screen readers expect a long selectable list to work.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import { useDensity } from '../hooks/use-layout';
import { ListRow, PlaceholderRow, rowDomId } from './list-row';
import { placeholderHeight, useRowShapes } from './row-height';
import type { Row } from '../lib/rows';
import type { ResultList } from '../hooks/use-result-list';

export interface SelectModifiers {
  /** Shift: extend from the anchor. */
  range: boolean;
  /** Ctrl or ⌘: add or remove one row. */
  toggle: boolean;
}

export interface ClippingListProps {
  list: ResultList;
  activeId: string | null;
  selected: ReadonlySet<string>;
  /** Rows carry snippets (a search) and are taller. */
  withSnippets: boolean;
  label: string;
  listRef?: Ref<HTMLDivElement>;
  onSelect(index: number, row: Row, modifiers: SelectModifiers): void;
  onMove(delta: number, extend: boolean): void;
  onOpen(): void;
  /** Shown instead of rows when there are none. */
  empty: ReactNode;
}

export function ClippingList(props: ClippingListProps): ReactElement {
  const { list, activeId, selected, withSnippets, label, listRef, onSelect, onMove, onOpen, empty } = props;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const { virtualizer, shapes, rowHeight } = useListVirtualizer(list, withSnippets, scrollRef);

  const items = virtualizer.getVirtualItems();
  useShownRows(list, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);
  const activeIndex = activeId ? list.indexOf(activeId) : -1;
  useRevealActive(list.key, activeId, activeIndex, virtualizer);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 8) / rowHeight) - 1);
    handleListKey(event, page, onMove, onOpen);
  };

  const setRefs = (node: HTMLDivElement | null): void => {
    scrollRef.current = node;
    assignRef(listRef, node);
  };

  // An empty list keeps its (hidden) listbox, so the next results fill the same element:
  // typing a word goes from no results to many and back without building the list again.
  const isEmpty = list.total === 0 && !list.loading;

  return (
    <div className="list-body">
      <div
        ref={setRefs}
        className="clipping-list"
        role="listbox"
        aria-label={label}
        aria-multiselectable="true"
        aria-activedescendant={activeId && activeIndex >= 0 ? rowDomId(activeId) : undefined}
        aria-busy={list.loading || undefined}
        hidden={isEmpty}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          // Focusing the list starts at the first row unless the active one is listed.
          if (e.target === e.currentTarget) onMove(0, false);
        }}
      >
        <div className="clipping-list-inner" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = list.rowAt(item.index);
            const transform = `translateY(${item.start}px)`;
            if (!row) return <PlaceholderRow key={item.key} position={{ transform, height: rowHeight }} />;
            return (
              <ListRow
                key={item.key}
                row={row}
                index={item.index}
                total={list.total}
                transform={transform}
                shape={shapes.of(row)}
                selected={selected.has(row.id)}
                active={row.id === activeId}
                onSelect={onSelect}
                onOpen={onOpen}
              />
            );
          })}
        </div>
      </div>
      {isEmpty && <div className="list-empty">{empty}</div>}
    </div>
  );
}

/** Rows fetched beyond those drawn, either side. */
const PREFETCH = 20;

/**
 * Asks the list for the rows on screen, and leaves a mark the UI benchmark (and the DevTools
 * timeline) can see once a result set is shown.
 */
function useShownRows(list: ResultList, first: number, last: number): void {
  const { key, total, requestRange } = list;
  useEffect(() => {
    // Rows are fetched further ahead than they are drawn (`overscan`), so fast scrolling meets
    // loaded rows rather than placeholders.
    if (total > 0) requestRange(Math.max(0, first - PREFETCH), last + PREFETCH);
  }, [first, last, total, requestRange]);
  // Marked as the results are committed, before the frame that paints them.
  useLayoutEffect(() => {
    if (key) performance.mark('cuttings:results', { detail: { key, total } });
  }, [key, total]);
}

/**
 * The virtualizer over the list's rows. Rows are as tall as their content (a one-line title
 * makes a shorter row), worked out from it (`row-height.ts`); rows not loaded yet are counted
 * at a typical height (`rowHeight`).
 */
function useListVirtualizer(
  list: ResultList,
  withSnippets: boolean,
  scrollRef: RefObject<HTMLDivElement | null>,
) {
  const [density] = useDensity();
  const rowHeight = placeholderHeight(density, withSnippets);
  const shapes = useRowShapes(list, density, withSnippets, scrollRef);

  // The virtualizer is mutable by design; this component is not compiled by React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: list.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: shapes.height,
    useFlushSync: false,
    // Rows drawn beyond the window's edges: few, as each is laid out when a search's results
    // are first painted (rows are fetched further ahead, see PREFETCH).
    overscan: 4,
    // Keys stay the default (the index): a getItemKey that changes with the rows would make
    // the virtualizer re-measure all N items on every render.
  });
  // New or changed rows (a tag added), another width or density: sizes are worked out again,
  // before the frame is painted so rows never overlap.
  useLayoutEffect(() => virtualizer.measure(), [shapes.height, virtualizer]);

  return { virtualizer, shapes, rowHeight };
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

const MOVES: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };

/** Arrows, Page Up/Down (`page` rows), Home and End move; Enter opens. */
function handleListKey(
  event: KeyboardEvent<HTMLDivElement>,
  page: number,
  onMove: (delta: number, extend: boolean) => void,
  onOpen: () => void,
): void {
  const delta = event.key === 'PageDown' ? page : event.key === 'PageUp' ? -page : MOVES[event.key];
  if (delta !== undefined) {
    event.preventDefault();
    onMove(delta, event.shiftKey);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    onOpen();
  }
}

/**
 * Brings the active row into view when it changes (or once it has loaded), but never yanks
 * the list back while the user scrolls through a refresh.
 */
function useRevealActive(
  listKey: string,
  activeId: string | null,
  activeIndex: number,
  virtualizer: { scrollToIndex(index: number, options: { align: 'auto' }): void },
): void {
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!activeId || activeIndex < 0 || revealed.current === `${listKey}:${activeId}`) return;
    revealed.current = `${listKey}:${activeId}`;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeId, activeIndex, listKey, virtualizer]);
}
