/** Tag management (being written). */
import type { ReactElement } from 'react';
import type { TagInfo } from '../../shared/clipping';
import { Modal } from '../components/modal';

export interface TagManagerProps {
  open: boolean;
  onClose(): void;
  tags: TagInfo[];
}

export function TagManager({ open, onClose }: TagManagerProps): ReactElement {
  return (
    <Modal open={open} onClose={onClose} title="Tags">
      <p>Tags</p>
    </Modal>
  );
}
