/**
 * The clippings linked to the one being read: the e-mail an attachment came with, and an
 * e-mail's attachments (its PDFs, photos, documents), each opening in the reader.
 */
import type { ReactElement } from 'react';
import type { LinkedClipping } from '../../shared/clipping';
import { Icon } from '../components/icons';

function LinkButton({ link, onOpen }: { link: LinkedClipping; onOpen(id: string): void }): ReactElement {
  return (
    <button type="button" className="link-button linked-clipping" onClick={() => onOpen(link.id)}>
      {link.title}
      {link.trashed && <span className="badge badge-warning">In the trash</span>}
    </button>
  );
}

/** "Attached to …" above the article; nothing when the clipping has no links. */
export function AttachedTo({ attachedTo, onOpen }: { attachedTo: LinkedClipping[]; onOpen(id: string): void }): ReactElement | null {
  if (attachedTo.length === 0) return null;
  return (
    <p className="reader-note linked-from">
      <Icon name="attachment" /> Attached to{' '}
      {attachedTo.map((link, i) => (
        <span key={link.id}>
          {i > 0 && ', '}
          <LinkButton link={link} onOpen={onOpen} />
        </span>
      ))}
    </p>
  );
}

/** The list of attachments below the article; nothing when there are none. */
export function Attachments({ attachments, onOpen }: { attachments: LinkedClipping[]; onOpen(id: string): void }): ReactElement | null {
  if (attachments.length === 0) return null;
  return (
    <section className="reader-section" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">Attachments</h2>
      <ul className="linked-clippings">
        {attachments.map((link) => (
          <li key={link.id}>
            <Icon name="attachment" />
            <LinkButton link={link} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </section>
  );
}
