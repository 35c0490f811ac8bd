/**
 * The Tags dialog's state and actions: the tags (re-read whenever the archive changes), and
 * rename (onto an existing name it is a merge), colour, merge and delete, each one write in
 * main that can be undone. The dialog is modal, so toasts would sit behind it: what was done,
 * and its Undo, are kept here for the dialog to say.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TagInfo } from '../../shared/clipping';
import { errorText } from '../lib/errors';
import { useAttempt } from './use-attempt';
import { plural } from '../lib/format';
import { colourName, deleteWithUndo, mergeWithUndo, type Undoable } from '../views/tags/tag-changes';

export interface TagManagerState {
  tags: TagInfo[];
  busy: boolean;
  error: string | null;
  done: Undoable | null;
  rename(from: string, to: string): Promise<void>;
  setColour(tag: TagInfo, color: string | null): Promise<void>;
  remove(tag: TagInfo): Promise<void>;
  merge(names: string[], target: string): Promise<boolean>;
  undo(): Promise<void>;
}

/** Runs one change at a time; what it returns is said (with its Undo), an error is said instead. */
function useChangeRunner(): {
  busy: boolean;
  error: string | null;
  done: Undoable | null;
  fail(message: string): void;
  run(work: () => Promise<Undoable | null>): Promise<boolean>;
} {
  const { busy, error, setError, attempt } = useAttempt();
  const [done, setDone] = useState<Undoable | null>(null);
  const run = (work: () => Promise<Undoable | null>): Promise<boolean> => {
    setDone(null);
    return attempt(async () => setDone(await work()));
  };
  return { busy, error, done, fail: setError, run };
}

export function useTagManager(open: boolean, fromApp: TagInfo[]): TagManagerState {
  const [tags, setTags] = useState<TagInfo[]>(fromApp);
  const { busy, error, done, fail, run: runOnly } = useChangeRunner();
  const reload = useCallback(() => {
    window.cuttings.tags.list().then(setTags, (err: unknown) => fail(errorText(err)));
  }, [fail]);
  /** Every change is followed by a fresh list (counts, names, colours). */
  const run = async (work: () => Promise<Undoable | null>): Promise<boolean> => {
    const ok = await runOnly(work);
    reload();
    return ok;
  };
  // The app's tag list changes with the archive; so does this one (counts, new tags).
  useEffect(() => {
    if (open) reload();
  }, [open, reload, fromApp]);

  const rename = async (from: string, to: string): Promise<void> => {
    const target = to.trim();
    const source = tags.find((t) => t.name === from);
    if (!target || target === from || !source) return;
    await run(async () => {
      if (tags.some((t) => t.name === target)) {
        const { undo } = await mergeWithUndo([source], target);
        return { message: `Merged ${from} into ${target}.`, undo };
      }
      await window.cuttings.tags.rename({ from, to: target });
      return {
        message: `Renamed ${from} to ${target}.`,
        undo: () => window.cuttings.tags.rename({ from: target, to: from }),
      };
    });
  };

  const setColour = async (tag: TagInfo, color: string | null): Promise<void> => {
    if (tag.color === color) return;
    await run(async () => {
      await window.cuttings.tags.setColor({ name: tag.name, color });
      return {
        message: color
          ? `Coloured ${tag.name} ${colourName(color).toLowerCase()}.`
          : `Took the colour off ${tag.name}.`,
        undo: () => window.cuttings.tags.setColor({ name: tag.name, color: tag.color }),
      };
    });
  };

  const remove = async (tag: TagInfo): Promise<void> => {
    await run(async () => {
      const { count, undo } = await deleteWithUndo(tag);
      return { message: `Deleted the tag ${tag.name} from ${plural(count, 'clipping')}.`, undo };
    });
  };

  const merge = (names: string[], into: string): Promise<boolean> =>
    run(async () => {
      const target = into.trim();
      const sources = tags.filter((t) => names.includes(t.name) && t.name !== target);
      if (!target) throw new Error('Name the tag to merge them into.');
      if (sources.length === 0) throw new Error('Choose at least one other tag to merge.');
      const { updated, undo } = await mergeWithUndo(sources, target);
      const what = sources.map((t) => t.name).join(', ');
      return { message: `Merged ${what} into ${target} (${plural(updated, 'clipping')}).`, undo };
    });

  const undo = async (): Promise<void> => {
    const last = done?.undo;
    if (last) await run(async () => (await last(), null));
  };

  return { tags, busy, error, done, rename, setColour, remove, merge, undo };
}
