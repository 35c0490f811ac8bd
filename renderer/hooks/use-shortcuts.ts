/**
 * The app-wide keys (listed for people in `components/shortcuts.tsx`). Single-letter keys
 * never fire while the user types in a field, and nothing fires under an open dialog.
 */
import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  focusSearch(): void;
  move(delta: number, extend: boolean): void;
  open(): void;
  tag(): void;
  trash(): void;
  undo(): void;
  add(): void;
  help(): void;
  selectAll(): void;
  toggleSidebar(): void;
  escape(): void;
}

const isTyping = (el: Element | null): boolean =>
  !!el?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');

export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing) return;
      if (document.querySelector('dialog[open]')) return;
      const h = latest.current;
      const target = e.target instanceof Element ? e.target : null;
      const mod = e.ctrlKey || e.metaKey;
      const run = (fn: () => void): void => {
        e.preventDefault();
        fn();
      };

      if (mod && !e.altKey && e.key.toLowerCase() === 'k') return run(h.focusSearch);
      if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'b') return run(h.toggleSidebar);
      // Escape leaves any field (the tag box, the sort menu) back to the list; fields with
      // their own use for it (the search box, a tag being typed) handle it first.
      if (e.key === 'Escape') {
        // Not prevented: an open popover (the search syntax) closes on the same key.
        if (!document.querySelector(':popover-open')) h.escape();
        return;
      }
      if (isTyping(target)) return;
      if (mod && !e.altKey && e.key.toLowerCase() === 'a' && target?.closest('[role="listbox"]')) return run(h.selectAll);
      if (mod || e.altKey) return;

      // Arrows and Enter belong to whatever has focus (the list handles its own; the
      // reader scrolls); they only drive the list when nothing in particular is focused.
      const idle = !target || target === document.body;
      switch (e.key) {
        case '/':
          return run(h.focusSearch);
        case 'j':
        case 'J':
          return run(() => h.move(1, e.shiftKey));
        case 'k':
        case 'K':
          return run(() => h.move(-1, e.shiftKey));
        case 'ArrowDown':
          return idle ? run(() => h.move(1, e.shiftKey)) : undefined;
        case 'ArrowUp':
          return idle ? run(() => h.move(-1, e.shiftKey)) : undefined;
        case 'Enter':
          return idle ? run(h.open) : undefined;
        case 't':
          return run(h.tag);
        case 'Delete':
          return run(h.trash);
        case 'z':
          return run(h.undo);
        case 'n':
          return run(h.add);
        case '?':
          return run(h.help);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
