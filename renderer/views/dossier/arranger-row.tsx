/** One clipping in the dossier arranger: a draggable row with its number, headline and move buttons. */
import type { ReactElement } from 'react';
import { Icon } from '../../components/icons';
import type { Drag, Moves } from '../../hooks/use-arrangement';
import type { DossierItem } from '../../lib/arrange';

function Arrow({ up }: { up: boolean }): ReactElement {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={up ? 'M12 19V5M6 11l6-6 6 6' : 'M12 5v14M6 13l6 6 6-6'} />
    </svg>
  );
}

export interface ArrangerRowProps {
  id: string;
  item: DossierItem | undefined;
  /** Running number across sections, from 1. */
  number: number;
  section: number;
  index: number;
  /** The section holds this many rows. */
  length: number;
  first: boolean;
  last: boolean;
  moves: Moves;
  drag: Drag;
}

export function ArrangerRow({ id, item, number, section, index, length, first, last, moves, drag }: ArrangerRowProps): ReactElement {
  const { drop, dragId } = drag;
  const dropClass =
    drop && drop.section === section && dragId !== id
      ? drop.index === index
        ? ' drop-before'
        : drop.index === index + 1 && index === length - 1
          ? ' drop-after'
          : ''
      : '';
  const meta = [item?.source, item?.date].filter(Boolean).join(' · ');
  const title = item?.title ?? 'clipping';
  return (
    <li
      className={`dossier-row${dragId === id ? ' is-dragging' : ''}${dropClass}`}
      draggable
      data-id={id}
      onDragStart={(e) => drag.start(e, id)}
      onDragEnd={drag.end}
      onDragOver={(e) => {
        const rect = e.currentTarget.getBoundingClientRect();
        drag.over(e, { section, index: index + (e.clientY > rect.top + rect.height / 2 ? 1 : 0) });
      }}
      onKeyDown={(e) => moves.onRowKey(e, id)}
    >
      <span className="dossier-grip" aria-hidden="true">
        <Icon name="grip" />
      </span>
      <span className="dossier-row-number" aria-hidden="true">
        {number}
      </span>
      <span className="dossier-row-text">
        <span className="dossier-row-title" dir="auto">
          {item?.title ?? 'Loading…'}
        </span>
        {meta && <span className="dossier-row-meta">{meta}</span>}
      </span>
      <span className="dossier-row-actions">
        <button type="button" className="icon-button" data-move={`up:${id}`} aria-label={`Move up: ${title}`} title="Move up (Alt+↑)" disabled={first} onClick={() => moves.step(id, -1)}>
          <Arrow up />
        </button>
        <button type="button" className="icon-button" data-move={`down:${id}`} aria-label={`Move down: ${title}`} title="Move down (Alt+↓)" disabled={last} onClick={() => moves.step(id, 1)}>
          <Arrow up={false} />
        </button>
      </span>
    </li>
  );
}
