/**
 * Always under the list of tags: how to merge (choose tags with their boxes), then the name
 * to merge them into (an existing tag, or a new name) and Merge.
 */
import { useState, type ReactElement } from 'react';

export interface MergeBarProps {
  chosen: string[];
  busy: boolean;
  onMerge(names: string[], into: string): Promise<void>;
  onClear(): void;
}

export function MergeBar({ chosen, busy, onMerge, onClear }: MergeBarProps): ReactElement {
  const [into, setInto] = useState('');
  if (chosen.length === 0) {
    return <p className="tag-merge tag-merge-hint">To merge tags into one, tick them in the list.</p>;
  }
  return (
    <form
      className="tag-merge"
      onSubmit={(e) => {
        e.preventDefault();
        void onMerge(chosen, into).then(() => setInto(''));
      }}
    >
      <label htmlFor="merge-target" className="field-label">
        Merge {chosen.join(', ')} into
      </label>
      <div className="settings-row">
        <input
          id="merge-target"
          className="input"
          list="merge-targets"
          value={into}
          placeholder="a tag name"
          onChange={(e) => setInto(e.target.value)}
        />
        <datalist id="merge-targets">
          {chosen.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <button type="submit" className="button button-primary" disabled={busy}>
          Merge
        </button>
        <button type="button" className="button button-quiet" onClick={onClear}>
          Clear
        </button>
      </div>
    </form>
  );
}
