/**
 * A native modal `<dialog>`: the browser traps focus, closes it on Escape and gives the
 * backdrop, so the app only says when it is open. Mark the first field with
 * `data-autofocus` to have it focused on opening.
 */
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import { Icon } from './icons';

export interface ModalProps {
  open: boolean;
  onClose(): void;
  title: string;
  /** Optional line under the title. */
  description?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function Modal({ open, onClose, title, description, className, children }: ModalProps): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = `${title.replace(/\W+/g, '-').toLowerCase()}-title`;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the first focusable element (the close button); the content
      // can name a better first stop.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) onClose();
      }}
    >
      {open && (
        <div className="modal-body">
          <header className="modal-header">
            <div>
              <h2 id={titleId}>{title}</h2>
              {description && <p className="modal-description">{description}</p>}
            </div>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              <Icon name="close" />
            </button>
          </header>
          {children}
        </div>
      )}
    </dialog>
  );
}
