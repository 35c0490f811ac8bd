/**
 * The dossier arranger's behaviour: moves by keyboard (with the focus kept on the moved row),
 * drag and drop, and adding, renaming and removing sections; each move is said in words for the
 * live region. The arrangement itself is data (lib/arrange.ts).
 */
import { useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent, type RefObject } from 'react';
import { find, moveBy, moveTo, type ArrangedSection, type DossierItem, type Position } from '../lib/arrange';

export interface ArrangementProps {
  sections: ArrangedSection[];
  onChange(sections: ArrangedSection[]): void;
  items: ReadonlyMap<string, DossierItem>;
  /** Sections by hand: titles, "Add section", moving between sections. */
  grouped: boolean;
  /** Says what a move did, for the live region. */
  onAnnounce(message: string): void;
  newKey(): string;
}

export interface Moves {
  step(id: string, delta: -1 | 1): void;
  onRowKey(event: KeyboardEvent, id: string): void;
  describe(next: ArrangedSection[], id: string): string;
}

/** Moving rows a step at a time, from buttons or Alt+↑/↓, keeping the focus on the row moved. */
export function useMoves(props: ArrangementProps, root: RefObject<HTMLElement | null>): Moves {
  const { sections, onChange, items, grouped, onAnnounce } = props;
  const pendingFocus = useRef<{ id: string; control: 'up' | 'down' } | null>(null);

  // React moves a row's DOM node when it is reordered, and a moved node loses focus: put it back.
  useLayoutEffect(() => {
    const want = pendingFocus.current;
    if (!want || !root.current) return;
    pendingFocus.current = null;
    const button = root.current.querySelector<HTMLButtonElement>(`[data-move="${want.control}:${want.id}"]`);
    if (button && !button.disabled) button.focus();
    else root.current.querySelector<HTMLButtonElement>(`[data-move="${want.control === 'up' ? 'down' : 'up'}:${want.id}"]`)?.focus();
  }, [sections, root]);

  const describe = (next: ArrangedSection[], id: string): string => {
    const at = find(next, id);
    if (!at) return '';
    const title = items.get(id)?.title ?? 'Clipping';
    const section = next[at.section] as ArrangedSection;
    const where = `position ${at.index + 1} of ${section.ids.length}`;
    return grouped ? `Moved “${title}” to ${where} in ${section.title || `section ${at.section + 1}`}.` : `Moved “${title}” to ${where}.`;
  };

  const step = (id: string, delta: -1 | 1): void => {
    const next = moveBy(sections, id, delta);
    if (next === sections) return;
    pendingFocus.current = { id, control: delta === -1 ? 'up' : 'down' };
    onChange(next);
    onAnnounce(describe(next, id));
  };

  const onRowKey = (event: KeyboardEvent, id: string): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    step(id, event.key === 'ArrowUp' ? -1 : 1);
  };

  return { step, onRowKey, describe };
}

export interface Drag {
  dragId: string | null;
  drop: Position | null;
  start(event: DragEvent, id: string): void;
  /** Over a row (`index` is where the dragged one would land) or an empty list. */
  over(event: DragEvent, at: Position): void;
  end(): void;
  onDrop(event: DragEvent): void;
}

/** Drag and drop (HTML5 drag events) between and inside sections. */
export function useDrag(props: ArrangementProps, describe: Moves['describe']): Drag {
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<Position | null>(null);
  const end = (): void => {
    setDragId(null);
    setDrop(null);
  };
  return {
    dragId,
    drop,
    start: (event, id) => {
      event.dataTransfer.setData('text/plain', id);
      event.dataTransfer.effectAllowed = 'move';
      setDragId(id);
    },
    over: (event, at) => {
      if (!dragId) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = 'move';
      setDrop(at);
    },
    end,
    onDrop: (event) => {
      event.preventDefault();
      const id = dragId ?? event.dataTransfer.getData('text/plain');
      if (id && drop) {
        const next = moveTo(props.sections, id, drop.section, drop.index);
        props.onChange(next);
        props.onAnnounce(describe(next, id));
      }
      end();
    },
  };
}

export interface SectionEdits {
  rename(s: number, title: string): void;
  remove(s: number): void;
  add(): void;
}

/** Naming, adding and removing sections (a removed section's clippings join its neighbour). */
export function useSectionEdits(props: ArrangementProps, root: RefObject<HTMLElement | null>): SectionEdits {
  const { sections, onChange, onAnnounce, newKey } = props;
  return {
    rename: (s, title) => onChange(sections.map((section, i) => (i === s ? { ...section, title } : section))),
    remove: (s) => {
      const gone = sections[s] as ArrangedSection;
      const into = s > 0 ? s - 1 : 1;
      const next = sections.map((section, i) => (i === into ? { ...section, ids: [...section.ids, ...gone.ids] } : section)).filter((_, i) => i !== s);
      onChange(next);
      onAnnounce(
        gone.ids.length > 0
          ? `Removed ${gone.title || 'the section'}; its clippings moved to ${(sections[into] as ArrangedSection).title || 'the next section'}.`
          : `Removed ${gone.title || 'the section'}.`,
      );
    },
    add: () => {
      const title = `Section ${sections.length + 1}`;
      onChange([...sections, { key: newKey(), title, ids: [] }]);
      onAnnounce(`Added ${title}. Move clippings into it with Move down, or drag them.`);
      // Let the new title field take the focus, so it can be named right away.
      requestAnimationFrame(() => {
        const fields = root.current?.querySelectorAll<HTMLInputElement>('.dossier-section-title input');
        fields?.[fields.length - 1]?.select();
      });
    },
  };
}
