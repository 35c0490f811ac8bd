/**
 * The palette a tag's swatch opens (a native popover: it closes on Escape, on a click
 * outside, and once a colour is chosen).
 */
import { useRef, type ReactElement } from 'react';
import type { TagInfo } from '../../../shared/clipping';
import { TAG_COLOURS } from './tag-changes';

export function ColourPopover({
  id,
  tag,
  onColour,
}: {
  id: string;
  tag: TagInfo;
  onColour(color: string | null): void;
}): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  const choose = (color: string | null): void => {
    ref.current?.hidePopover();
    onColour(color);
  };
  return (
    <div ref={ref} id={id} popover="auto" className="colour-popover">
      <div className="colour-grid" role="group" aria-label={`Colour of ${tag.name}`}>
        {TAG_COLOURS.map((c) => (
          <button
            key={c.value}
            type="button"
            className="colour-dot"
            style={{ backgroundColor: c.value }}
            aria-label={c.name}
            title={c.name}
            aria-pressed={tag.color === c.value}
            onClick={() => choose(c.value)}
          />
        ))}
        <button
          type="button"
          className="colour-dot colour-none"
          aria-label="No colour"
          title="No colour"
          aria-pressed={tag.color === null}
          onClick={() => choose(null)}
        />
      </div>
    </div>
  );
}
