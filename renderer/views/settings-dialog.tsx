/** Settings (being written). */
import type { ReactElement } from 'react';
import { Modal } from '../components/modal';
import type { ThemeChoice } from '../hooks/use-theme';

export interface SettingsDialogProps {
  open: boolean;
  onClose(): void;
  theme: ThemeChoice;
  onTheme(choice: ThemeChoice): void;
}

export function SettingsDialog({ open, onClose }: SettingsDialogProps): ReactElement {
  return (
    <Modal open={open} onClose={onClose} title="Settings">
      <p>Settings</p>
    </Modal>
  );
}
