/**
 * The handle between the list and the reader: drag it, or focus it and use ←/→ (Home/End for
 * the narrowest and widest); a double click puts the list back to its usual width. While
 * dragging, the width is set on the layout's CSS variable directly and saved when let go,
 * so nothing re-renders at every pointer move.
 */
import { useRef, type KeyboardEvent, type PointerEvent, type ReactElement } from 'react';
import { LIST_WIDTH, clampListWidth } from '../hooks/use-layout';

export interface PaneResizerProps {
  width: number;
  onWidth(width: number): void;
  /** The id of the pane it resizes. */
  controls: string;
}

const STEP = 16;

export function PaneResizer({ width, onWidth, controls }: PaneResizerProps): ReactElement {
  const drag = useRef<{ x: number; width: number; now: number } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>): void => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width, now: width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>): void => {
    const d = drag.current;
    if (!d) return;
    // The layout's direction decides which way is wider.
    const sign = getComputedStyle(e.currentTarget).direction === 'rtl' ? -1 : 1;
    d.now = clampListWidth(d.width + sign * (e.clientX - d.x));
    e.currentTarget.closest<HTMLElement>('.workspace')?.style.setProperty('--list-width', `${d.now}px`);
  };
  const onPointerUp = (): void => {
    const d = drag.current;
    drag.current = null;
    if (d && d.now !== d.width) onWidth(d.now);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const next: Record<string, number> = {
      ArrowLeft: width - STEP,
      ArrowRight: width + STEP,
      Home: LIST_WIDTH.min,
      End: LIST_WIDTH.max,
    };
    const target = next[e.key];
    if (target === undefined) return;
    e.preventDefault();
    onWidth(clampListWidth(target));
  };

  return (
    <div
      className="pane-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="Width of the list"
      aria-controls={controls}
      aria-valuemin={LIST_WIDTH.min}
      aria-valuemax={LIST_WIDTH.max}
      aria-valuenow={width}
      title="Drag to resize the list (double-click: usual width)"
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onWidth(LIST_WIDTH.initial)}
    />
  );
}
