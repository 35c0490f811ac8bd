/**
 * The keyboard shortcuts, listed once: the help overlay shows this table, and the app's
 * key handler (`hooks/use-shortcuts.ts`) implements the same keys.
 */
import type { ReactElement } from 'react';
import { Modal } from './modal';

export const SHORTCUTS: Array<{ keys: string[][]; action: string }> = [
  { keys: [['/'], ['Ctrl', 'K']], action: 'Search' },
  { keys: [['j'], ['↓']], action: 'Next clipping' },
  { keys: [['k'], ['↑']], action: 'Previous clipping' },
  { keys: [['Shift', '↓'], ['Shift', '↑']], action: 'Extend the selection' },
  { keys: [['Enter']], action: 'Open the clipping (read it)' },
  { keys: [['Esc']], action: 'Back to the list; clear the search' },
  { keys: [['t']], action: 'Tag the selection' },
  { keys: [['Delete']], action: 'Move to the trash' },
  { keys: [['z']], action: 'Undo the last trash or tag change' },
  { keys: [['n']], action: 'Add a clipping' },
  { keys: [['Ctrl', 'A']], action: 'Select every loaded clipping' },
  { keys: [['Ctrl', 'B']], action: 'Show or hide the sidebar' },
  { keys: [['?']], action: 'Show these shortcuts' },
];

export function ShortcutsOverlay({ open, onClose }: { open: boolean; onClose(): void }): ReactElement {
  return (
    <Modal open={open} onClose={onClose} title="Keyboard shortcuts" className="shortcuts-dialog">
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(({ keys, action }) => (
            <tr key={action}>
              <th scope="row">{action}</th>
              <td>
                {keys.map((combo, i) => (
                  <span key={i} className="combo">
                    {i > 0 && <span className="combo-or">or</span>}
                    {combo.map((k) => (
                      <kbd key={k}>{k}</kbd>
                    ))}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
