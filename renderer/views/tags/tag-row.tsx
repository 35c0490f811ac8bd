/**
 * One tag in the Tags dialog: a box to choose it for a merge, its colour (one swatch that
 * opens the palette), its name (click to rename it in place: Enter keeps, Esc cancels), how
 * many clippings carry it, and Delete.
 */
import { useState, type ReactElement } from 'react';
import type { TagInfo } from '../../../shared/clipping';
import { IconButton } from '../../components/icon-button';
import { plural } from '../../lib/format';
import { colourName } from './tag-changes';
import { ColourPopover } from './colour-popover';

export interface TagRowProps {
  tag: TagInfo;
  /** A safe DOM id for the tag's controls. */
  domId: string;
  busy: boolean;
  chosen: boolean;
  onChoose(chosen: boolean): void;
  onRename(to: string): Promise<void>;
  onColour(color: string | null): void;
  onDelete(): void;
}

export function TagRow({
  tag,
  domId,
  busy,
  chosen,
  onChoose,
  onRename,
  onColour,
  onDelete,
}: TagRowProps): ReactElement {
  const [draft, setDraft] = useState<string | null>(null);
  const popoverId = `${domId}-colours`;
  const save = (): void => {
    if (draft === null) return;
    void onRename(draft).then(() => setDraft(null));
  };
  return (
    <li className={chosen ? 'tag-row tag-row-chosen' : 'tag-row'}>
      <input
        type="checkbox"
        className="tag-choose"
        aria-label={`Select ${tag.name} to merge`}
        checked={chosen}
        onChange={(e) => onChoose(e.target.checked)}
      />
      <button
        type="button"
        className={tag.color ? 'tag-swatch' : 'tag-swatch tag-swatch-none'}
        style={tag.color ? { backgroundColor: tag.color } : undefined}
        popoverTarget={popoverId}
        aria-label={`Colour of ${tag.name}: ${colourName(tag.color).toLowerCase()}`}
        title="Change the colour"
        disabled={busy}
      />
      <ColourPopover id={popoverId} tag={tag} onColour={onColour} />
      {draft === null ? (
        <button
          type="button"
          className="tag-row-name"
          aria-label={`Rename ${tag.name}`}
          title="Click to rename"
          onClick={() => setDraft(tag.name)}
        >
          <bdi>{tag.name}</bdi>
        </button>
      ) : (
        <RenameField tag={tag} domId={domId} busy={busy} draft={draft} onDraft={setDraft} onSave={save} />
      )}
      <span className="tag-row-count">{plural(tag.count, 'clipping')}</span>
      <IconButton
        icon="trash"
        label={`Delete ${tag.name}`}
        className="tag-delete"
        disabled={busy}
        onClick={onDelete}
      />
    </li>
  );
}

/** The name in place, being edited: Enter keeps it, Esc (or leaving the box) cancels. */
function RenameField(props: {
  tag: TagInfo;
  domId: string;
  busy: boolean;
  draft: string;
  onDraft(draft: string | null): void;
  onSave(): void;
}): ReactElement {
  const { tag, domId, busy, draft, onDraft, onSave } = props;
  return (
    <span className="tag-rename">
      <label htmlFor={`${domId}-name`} className="visually-hidden">
        New name for {tag.name}
      </label>
      <input
        id={`${domId}-name`}
        className="input tag-rename-input"
        value={draft}
        autoFocus
        disabled={busy}
        onChange={(e) => onDraft(e.target.value)}
        onBlur={() => onDraft(null)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onSave();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onDraft(null);
          }
        }}
      />
      <span className="field-hint tag-rename-hint">Enter to keep, Esc to cancel</span>
    </span>
  );
}
