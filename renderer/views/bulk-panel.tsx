/**
 * What the right pane shows when several clippings are selected: their tags (those on
 * all of them, and those on some) and actions that apply to all at once.
 */
import type { ReactElement, Ref } from 'react';
import { Icon } from '../components/icons';
import { TagEditor } from '../components/tag-editor';
import { plural } from '../lib/format';
import type { Row } from '../lib/rows';

export interface BulkPanelProps {
  rows: Row[];
  knownTags: string[];
  tagInputRef?: Ref<HTMLInputElement>;
  onTag(ids: string[], add: string[], remove: string[]): Promise<void>;
  onTrash(ids: string[]): void;
  onClear(): void;
}

export function BulkPanel({ rows, knownTags, tagInputRef, onTag, onTrash, onClear }: BulkPanelProps): ReactElement {
  const ids = rows.map((r) => r.id);
  const counts = new Map<string, number>();
  for (const r of rows) for (const t of r.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  const onAll = [...counts].filter(([, n]) => n === rows.length).map(([t]) => t);
  const onSome = [...counts].filter(([, n]) => n < rows.length).sort((a, b) => b[1] - a[1]);

  return (
    <section className="bulk" aria-labelledby="bulk-title">
      <h1 id="bulk-title" className="bulk-title">
        {plural(rows.length, 'clipping')} selected
      </h1>
      <p className="bulk-text">Tags you add or remove here apply to every selected clipping.</p>
      <h2 className="bulk-heading">On all of them</h2>
      <TagEditor
        tags={onAll}
        known={knownTags}
        inputRef={tagInputRef}
        label="Add a tag to every selected clipping"
        onAdd={(add) => onTag(ids, add, [])}
        onRemove={(tag) => onTag(ids, [], [tag])}
      />
      {onSome.length > 0 && (
        <>
          <h2 className="bulk-heading">On some of them</h2>
          <ul className="chips">
            {onSome.map(([t, n]) => (
              <li key={t}>
                <button
                  type="button"
                  className="chip"
                  title={`On ${n} of ${rows.length}: click to add it to all of them`}
                  onClick={() => void onTag(ids, [t], []).catch(() => undefined)}
                >
                  <Icon name="plus" /> {t}{' '}
                  <span className="count">
                    {n}/{rows.length}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="bulk-list" aria-label="Selected clippings">
        {rows.slice(0, 12).map((r) => (
          <li key={r.id}>{r.title}</li>
        ))}
        {rows.length > 12 && <li className="bulk-more">and {plural(rows.length - 12, 'more', 'more')}</li>}
      </ul>
      <div className="form-actions form-actions-start">
        <button type="button" className="button" onClick={() => onTrash(ids)}>
          <Icon name="trash" /> Move {rows.length} to trash
        </button>
        <button type="button" className="button button-quiet" onClick={onClear}>
          Clear selection
        </button>
      </div>
    </section>
  );
}
