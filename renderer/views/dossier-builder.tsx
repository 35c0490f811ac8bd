/** The dossier builder (being written). */
import type { ReactElement } from 'react';
import { Modal } from '../components/modal';

export interface DossierBuilderProps {
  open: boolean;
  onClose(): void;
  /** The clippings selected in the list (or the one open), in list order. */
  selectedIds: string[];
  /** The library's current search ('' when none). */
  query: string;
}

export function DossierBuilder({ open, onClose }: DossierBuilderProps): ReactElement {
  return (
    <Modal open={open} onClose={onClose} title="New dossier">
      <p>Dossier builder</p>
    </Modal>
  );
}
