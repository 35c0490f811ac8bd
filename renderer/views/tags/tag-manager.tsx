/**
 * Tags: every tag with its colour and count, to filter and sort; rename in place (onto an
 * existing name that is a merge), colour, merge several into one, and delete, each with Undo
 * (see `hooks/use-tag-manager.ts`).
 */
import { useState, type ReactElement } from 'react';
import type { TagInfo } from '../../../shared/clipping';
import { Modal } from '../../components/modal';
import { useTagManager, type TagManagerState } from '../../hooks/use-tag-manager';
import { useChoice } from '../../hooks/use-pref';
import { plural } from '../../lib/format';
import { MergeBar } from './merge-bar';
import { TagRow } from './tag-row';

export interface TagManagerProps {
  open: boolean;
  onClose(): void;
  tags: TagInfo[];
}

type Order = 'name' | 'count' | 'colour';
const ORDERS: Record<Order, (a: TagInfo, b: TagInfo) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  count: (a, b) => b.count - a.count || a.name.localeCompare(b.name),
  colour: (a, b) => (a.color ?? '~').localeCompare(b.color ?? '~') || a.name.localeCompare(b.name),
};
const domId = (name: string): string =>
  `tag-${Array.from(name, (ch) => ch.codePointAt(0)?.toString(36)).join('-')}`;

export function TagManager({ open, onClose, tags: fromApp }: TagManagerProps): ReactElement {
  const m = useTagManager(open, fromApp);
  const [filter, setFilter] = useState('');
  const [order, setOrder] = useChoice<Order>('cuttings.tags.order', ['name', 'count', 'colour']);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const needle = filter.trim().toLowerCase();
  const shown = m.tags.filter((t) => t.name.toLowerCase().includes(needle)).sort(ORDERS[order]);
  const choose = (name: string, on: boolean): void =>
    setChosen((was) => {
      const next = new Set(was);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });

  return (
    <Modal
      open={open}
      onClose={onClose}
      title="Tags"
      className="tags-dialog"
      description={m.tags.length ? `${plural(m.tags.length, 'tag')} in this archive.` : undefined}
    >
      <ChangeStatus m={m} />
      {m.tags.length === 0 ? (
        <p className="settings-text">
          No tags yet. Add one to a clipping in the reader (press <kbd>t</kbd>), or to many at once after
          selecting them.
        </p>
      ) : (
        <>
          <TagTools filter={filter} onFilter={setFilter} order={order} onOrder={setOrder} />
          <ul className="tag-rows" aria-label="Tags">
            {shown.map((tag) => (
              <TagRow
                key={tag.name}
                tag={tag}
                domId={domId(tag.name)}
                busy={m.busy}
                chosen={chosen.has(tag.name)}
                onChoose={(on) => choose(tag.name, on)}
                onRename={(to) => m.rename(tag.name, to)}
                onColour={(color) => void m.setColour(tag, color)}
                onDelete={() => void m.remove(tag)}
              />
            ))}
            {shown.length === 0 && <li className="tag-none">No tag matches “{filter}”.</li>}
          </ul>
          <MergeBar
            chosen={[...chosen].filter((n) => m.tags.some((t) => t.name === n))}
            busy={m.busy}
            onMerge={async (names, into) => {
              if (await m.merge(names, into)) setChosen(new Set());
            }}
            onClear={() => setChosen(new Set())}
          />
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </Modal>
  );
}

/** What went wrong, or what was just done (with its Undo). */
function ChangeStatus({ m }: { m: TagManagerState }): ReactElement {
  return (
    <>
      {m.error && (
        <p className="form-error" role="alert">
          {m.error}
        </p>
      )}
      {m.done && (
        <p className="tag-done" role="status">
          {m.done.message}
          {m.done.undo && (
            <button type="button" className="link-button" disabled={m.busy} onClick={() => void m.undo()}>
              Undo
            </button>
          )}
        </p>
      )}
    </>
  );
}

function TagTools(props: {
  filter: string;
  onFilter(filter: string): void;
  order: Order;
  onOrder(order: Order): void;
}): ReactElement {
  return (
    <div className="tag-tools">
      <input
        className="input tag-filter"
        type="search"
        placeholder="Filter tags"
        aria-label="Filter tags"
        value={props.filter}
        onChange={(e) => props.onFilter(e.target.value)}
      />
      <label className="sort">
        <span>Sort</span>
        <select value={props.order} onChange={(e) => props.onOrder(e.target.value as Order)}>
          <option value="name">By name</option>
          <option value="count">By count</option>
          <option value="colour">By colour</option>
        </select>
      </label>
    </div>
  );
}
