/**
 * Tags of one clipping (or of a selection), as the one chip editor: several tags can be typed
 * at once, separated by spaces or commas, and the archive's tags are offered as completions.
 */
import type { ReactElement, Ref } from 'react';
import { splitTags } from '../lib/query';
import { ChipEditor } from './chip-editor';

export interface TagEditorProps {
  tags: string[];
  /** Every tag in the archive, offered as completions. */
  known: string[];
  onAdd(tags: string[]): Promise<void>;
  onRemove(tag: string): Promise<void>;
  inputRef?: Ref<HTMLInputElement>;
  /** The box's label, e.g. "Add a tag". */
  label?: string;
}

export function TagEditor({
  tags,
  known,
  onAdd,
  onRemove,
  inputRef,
  label = 'Add a tag',
}: TagEditorProps): ReactElement {
  return (
    <ChipEditor
      className="tag-editor"
      values={tags}
      listLabel="Tags"
      label={label}
      placeholder={tags.length ? 'Add tag…' : 'Add a tag…'}
      removeLabel={(t) => `Remove tag ${t}`}
      parse={(typed, values) => splitTags(typed).filter((t) => !values.includes(t))}
      onAdd={onAdd}
      onRemove={onRemove}
      completions={known.filter((k) => !tags.includes(k))}
      inputRef={inputRef}
    />
  );
}
