/**
 * A page of a PDF or an image, on which the user drags a rectangle around one article (a page
 * that holds several). The rectangle is kept in fractions of the page, so it does not depend
 * on how large the picture is drawn.
 */
import { useRef, useState, type PointerEvent, type ReactElement } from 'react';
import type { Region } from '../../hooks/use-print-import';

const clamp = (v: number): number => Math.min(1, Math.max(0, v));

export function RegionPicker({
  image,
  label,
  region,
  onChange,
}: {
  image: string;
  label: string;
  region: Region | null;
  onChange(region: Region | null): void;
}): ReactElement {
  const frame = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<{ x: number; y: number } | null>(null);
  const [draft, setDraft] = useState<Region | null>(null);

  const at = (e: PointerEvent): { x: number; y: number } => {
    const box = (frame.current as HTMLDivElement).getBoundingClientRect();
    return { x: clamp((e.clientX - box.left) / box.width), y: clamp((e.clientY - box.top) / box.height) };
  };
  const span = (a: { x: number; y: number }, b: { x: number; y: number }): Region => ({
    x0: Math.min(a.x, b.x),
    y0: Math.min(a.y, b.y),
    x1: Math.max(a.x, b.x),
    y1: Math.max(a.y, b.y),
  });

  const shown = draft ?? region;
  return (
    <div
      ref={frame}
      className="region-picker"
      data-testid="region-picker"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        setStart(at(e));
        setDraft(null);
      }}
      onPointerMove={(e) => start && setDraft(span(start, at(e)))}
      onPointerUp={(e) => {
        if (!start) return;
        const r = span(start, at(e));
        setStart(null);
        setDraft(null);
        // A click (or a sliver) is no region: the whole page stays chosen.
        onChange(r.x1 - r.x0 >= 0.02 && r.y1 - r.y0 >= 0.02 ? r : null);
      }}
    >
      <img src={image} alt={label} draggable={false} />
      {shown && (
        <div
          className="region-box"
          data-testid="region-box"
          style={{ left: `${shown.x0 * 100}%`, top: `${shown.y0 * 100}%`, width: `${(shown.x1 - shown.x0) * 100}%`, height: `${(shown.y1 - shown.y0) * 100}%` }}
        />
      )}
    </div>
  );
}
