/**
 * Tags: every tag with its count and colour; rename (onto an existing name, that is a merge),
 * merge several into one, colour, and delete. Each change is one write in main and can be
 * undone (rename, merge, colour, delete). The dialog is modal, so toasts would sit
 * behind it: what was done, and its Undo, are said inside the dialog.
 */
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import type { TagInfo } from '../../shared/clipping';
import { Icon } from '../components/icons';
import { Modal } from '../components/modal';
import { plural } from '../lib/format';

export interface TagManagerProps {
  open: boolean;
  onClose(): void;
  tags: TagInfo[];
}

/** Colours that read on light and dark backgrounds, with names for screen readers. */
export const TAG_COLOURS: Array<{ value: string; name: string }> = [
  { value: '#c0392b', name: 'Red' },
  { value: '#d35400', name: 'Orange' },
  { value: '#b7950b', name: 'Ochre' },
  { value: '#1e8449', name: 'Green' },
  { value: '#148f77', name: 'Teal' },
  { value: '#2471a3', name: 'Blue' },
  { value: '#7d3c98', name: 'Purple' },
  { value: '#7f8c8d', name: 'Grey' },
];

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** The ids of every clipping with `tag`, page by page (a tag can be on more clippings than one page holds). */
async function clippingsTagged(tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await window.cuttings.search.query({ q: `tag:"${tag}"`, limit: 1000, offset, sort: 'date' });
    ids.push(...page.hits.map((h) => h.id));
    if (page.hits.length < 1000 || ids.length >= page.total) return ids;
  }
}

/**
 * Merges `sources` into `target`, returning how many clippings changed and an undo that gives
 * each source back to exactly the clippings that had it, takes `target` off those that did
 * not have it before, and puts the sources' colours back.
 */
async function mergeWithUndo(
  sources: TagInfo[],
  target: string,
): Promise<{ updated: number; undo: () => Promise<void> }> {
  const had = new Map<string, string[]>();
  for (const source of sources) had.set(source.name, await clippingsTagged(source.name));
  const targetHad = new Set(await clippingsTagged(target));
  const { updated } = await window.cuttings.tags.merge({ sources: sources.map((t) => t.name), target });
  return {
    updated,
    undo: async () => {
      for (const [name, ids] of had) if (ids.length > 0) await window.cuttings.clippings.tag({ ids, add: [name] });
      const gained = [...new Set([...had.values()].flat())].filter((id) => !targetHad.has(id));
      if (gained.length > 0) await window.cuttings.clippings.tag({ ids: gained, remove: [target] });
      for (const source of sources) if (source.color) await window.cuttings.tags.setColor({ name: source.name, color: source.color });
    },
  };
}

export function TagManager({ open, onClose, tags: fromProps }: TagManagerProps): ReactElement {
  const [tags, setTags] = useState<TagInfo[]>(fromProps);
  const [renaming, setRenaming] = useState<{ from: string; to: string } | null>(null);
  const [merging, setMerging] = useState<Set<string>>(new Set());
  const [mergeTarget, setMergeTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ message: string; undo?: () => Promise<unknown> } | null>(null);

  const reload = useCallback(() => {
    window.cuttings.tags.list().then(setTags, (err: unknown) => setError(errorText(err)));
  }, []);
  // The app's tag list changes with the archive; so does this one (counts, new tags).
  useEffect(() => {
    if (open) reload();
  }, [open, reload, fromProps]);

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await work();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
      reload();
    }
  };

  const rename = (from: string, to: string): Promise<void> =>
    run(async () => {
      const target = to.trim();
      if (!target || target === from) return setRenaming(null);
      const existing = tags.some((t) => t.name === target);
      const source = tags.find((t) => t.name === from);
      if (existing && source) {
        const { undo } = await mergeWithUndo([source], target);
        setDone({ message: `Merged ${from} into ${target}.`, undo });
      } else {
        await window.cuttings.tags.rename({ from, to: target });
        setDone({ message: `Renamed ${from} to ${target}.`, undo: () => window.cuttings.tags.rename({ from: target, to: from }) });
      }
      setRenaming(null);
    });

  const setColour = (tag: TagInfo, color: string | null): Promise<void> =>
    run(async () => {
      const before = tag.color;
      await window.cuttings.tags.setColor({ name: tag.name, color });
      const named = TAG_COLOURS.find((c) => c.value === color)?.name.toLowerCase();
      setDone({
        message: color ? `Coloured ${tag.name} ${named ?? color}.` : `Took the colour off ${tag.name}.`,
        undo: () => window.cuttings.tags.setColor({ name: tag.name, color: before }),
      });
    });

  const remove = (tag: TagInfo): Promise<void> =>
    run(async () => {
      // Who had it, so Undo can give it back to exactly them.
      const ids = await clippingsTagged(tag.name);
      const color = tag.color;
      await window.cuttings.tags.delete({ name: tag.name });
      setDone({
        message: `Deleted the tag ${tag.name} from ${plural(ids.length, 'clipping')}.`,
        undo: async () => {
          if (ids.length > 0) await window.cuttings.clippings.tag({ ids, add: [tag.name] });
          if (color) await window.cuttings.tags.setColor({ name: tag.name, color });
        },
      });
    });

  const merge = (): Promise<void> =>
    run(async () => {
      const target = mergeTarget.trim();
      const sources = tags.filter((t) => merging.has(t.name) && t.name !== target);
      if (!target) throw new Error('Name the tag to merge them into.');
      if (sources.length === 0) throw new Error('Choose at least one other tag to merge.');
      const { updated, undo } = await mergeWithUndo(sources, target);
      setDone({ message: `Merged ${sources.map((t) => t.name).join(', ')} into ${target} (${plural(updated, 'clipping')}).`, undo });
      setMerging(new Set());
      setMergeTarget('');
    });

  const toggleMerge = (name: string): void =>
    setMerging((was) => {
      const next = new Set(was);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });

  return (
    <Modal
      open={open}
      onClose={onClose}
      title="Tags"
      className="tags-dialog"
      description={tags.length ? `${plural(tags.length, 'tag')} in this archive.` : undefined}
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="tag-done" role="status">
          {done.message}
          {done.undo && (
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => {
                const undo = done.undo;
                if (undo) void run(async () => void (await undo()));
              }}
            >
              Undo
            </button>
          )}
        </p>
      )}
      {tags.length === 0 ? (
        <p className="settings-text">
          No tags yet. Add one to a clipping in the reader (press <kbd>t</kbd>), or to many at once after selecting
          them.
        </p>
      ) : (
        <ul className="tag-rows" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag.name} className="tag-row">
              <input
                type="checkbox"
                aria-label={`Select ${tag.name} to merge`}
                checked={merging.has(tag.name)}
                onChange={() => toggleMerge(tag.name)}
              />
              <span className="tag-swatch" style={{ background: tag.color ?? 'transparent' }} aria-hidden="true" />
              {renaming?.from === tag.name ? (
                <form
                  className="tag-rename"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void rename(tag.name, renaming.to);
                  }}
                >
                  <label htmlFor={`rename-${tag.name}`} className="visually-hidden">
                    New name for {tag.name}
                  </label>
                  <input
                    id={`rename-${tag.name}`}
                    className="input"
                    value={renaming.to}
                    autoFocus
                    onChange={(e) => setRenaming({ from: tag.name, to: e.target.value })}
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') {
                        e.preventDefault();
                        e.stopPropagation();
                        setRenaming(null);
                      }
                    }}
                  />
                  <button type="submit" className="button button-small button-primary" disabled={busy}>
                    {tags.some((t) => t.name === renaming.to.trim() && t.name !== tag.name) ? 'Merge' : 'Rename'}
                  </button>
                </form>
              ) : (
                <span className="tag-row-name">
                  {tag.name} <span className="tag-row-count">{tag.count}</span>
                </span>
              )}
              <div className="tag-colours" role="group" aria-label={`Colour of ${tag.name}`}>
                {TAG_COLOURS.map((c) => (
                  <button
                    key={c.value}
                    type="button"
                    className="colour-dot"
                    style={{ background: c.value }}
                    aria-label={c.name}
                    aria-pressed={tag.color === c.value}
                    disabled={busy}
                    onClick={() => void setColour(tag, c.value)}
                  />
                ))}
                <button
                  type="button"
                  className="colour-dot colour-none"
                  aria-label="No colour"
                  aria-pressed={tag.color === null}
                  disabled={busy}
                  onClick={() => void setColour(tag, null)}
                />
              </div>
              <div className="tag-row-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Rename ${tag.name}`}
                  disabled={busy}
                  onClick={() => setRenaming({ from: tag.name, to: tag.name })}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete ${tag.name}`}
                  title={`Delete ${tag.name} (from ${plural(tag.count, 'clipping')})`}
                  disabled={busy}
                  onClick={() => void remove(tag)}
                >
                  <Icon name="trash" />
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {merging.size > 0 && (
        <form
          className="tag-merge"
          onSubmit={(e) => {
            e.preventDefault();
            void merge();
          }}
        >
          <label htmlFor="merge-target" className="field-label">
            Merge {[...merging].join(', ')} into
          </label>
          <div className="settings-row">
            <input
              id="merge-target"
              className="input"
              list="merge-targets"
              value={mergeTarget}
              placeholder="a tag name"
              onChange={(e) => setMergeTarget(e.target.value)}
            />
            <datalist id="merge-targets">
              {[...merging].map((t) => (
                <option key={t} value={t} />
              ))}
            </datalist>
            <button type="submit" className="button button-primary" disabled={busy}>
              Merge
            </button>
          </div>
        </form>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </Modal>
  );
}
