/**
 * One row of the clipping list: its title (clamped to the lines `row-height.ts` worked out),
 * source, dateline and date, a search snippet with its matches marked, and its tags; or a
 * placeholder while its page loads.
 */
import { memo, type MouseEvent, type ReactElement } from 'react';
import { Highlighted } from '../components/highlighted';
import { formatDate } from '../lib/format';
import type { Row } from '../lib/rows';
import type { SelectModifiers } from './clipping-list';
import type { RowShape } from './row-height';

export const rowDomId = (id: string): string => `clipping-row-${id}`;

type Position = { height: number; transform: string };

/** A row not loaded yet. */
export function PlaceholderRow({ position }: { position: Position }): ReactElement {
  return (
    <div className="row row-placeholder" style={position} aria-hidden="true">
      <span className="skeleton skeleton-title" />
      <span className="skeleton skeleton-meta" />
    </div>
  );
}

interface ListRowProps {
  row: Row;
  index: number;
  total: number;
  /** Where the virtualizer puts it, and its size and lines (`row-height.ts`). */
  transform: string;
  shape: RowShape;
  selected: boolean;
  active: boolean;
  onSelect(index: number, row: Row, modifiers: SelectModifiers): void;
  onOpen(): void;
}

export function ListRow({
  row,
  index,
  total,
  transform,
  shape,
  selected,
  active,
  onSelect,
  onOpen,
}: ListRowProps): ReactElement {
  const click = (e: MouseEvent): void =>
    onSelect(index, row, { range: e.shiftKey, toggle: e.ctrlKey || e.metaKey });
  return (
    <div
      id={rowDomId(row.id)}
      role="option"
      aria-selected={selected}
      aria-setsize={total}
      aria-posinset={index + 1}
      className={`row${selected ? ' row-selected' : ''}${active ? ' row-active' : ''}`}
      style={{ transform, height: shape.height }}
      onMouseDown={(e) => {
        // Keep text from being selected on shift-click.
        if (e.shiftKey) e.preventDefault();
      }}
      onClick={click}
      onDoubleClick={onOpen}
    >
      <RowContent row={row} titleLines={shape.titleLines} snippetLines={shape.snippetLines} />
    </div>
  );
}

/** A row's content depends on the row alone (rows are immutable), so scrolling re-renders none. */
const RowContent = memo(function RowContent(props: {
  row: Row;
  titleLines: number;
  snippetLines: number;
}): ReactElement {
  const { row, titleLines, snippetLines } = props;
  const date = formatDate(row.publishedAt) ?? formatDate(row.capturedAt);
  return (
    <>
      <span className={titleLines === 1 ? 'row-title row-lines-1' : 'row-title'} dir="auto">
        {row.title}
      </span>
      <span className="row-meta">
        {row.source && (
          <span className="row-source">
            <bdi>{row.source}</bdi>
          </span>
        )}
        {row.dateline && (
          <span className="row-dateline">
            <bdi>{row.dateline}</bdi>
          </span>
        )}
        {date && (
          <time className="row-date" dateTime={row.publishedAt ?? row.capturedAt}>
            {row.publishedAt ? date : `Captured ${date}`}
          </time>
        )}
      </span>
      {row.snippet && (
        <Highlighted
          className={snippetLines === 1 ? 'row-snippet row-lines-1' : 'row-snippet'}
          text={row.snippet}
          ranges={row.highlights}
          dir="auto"
        />
      )}
      {row.tags.length > 0 && (
        <span className="row-tags">
          {row.tags.map((t) => (
            <span key={t} className="row-tag">
              {t}
            </span>
          ))}
        </span>
      )}
    </>
  );
});
