/**
 * The empty archive: one welcome across the list and the reader, with the four ways in
 * (paste, a web address, a drop, a folder) instead of two empty panes that compete.
 */
import type { ReactElement } from 'react';
import { Icon } from '../components/icons';
import type { AddTab } from '../hooks/use-dialogs';

export function Welcome({ onAdd }: { onAdd(tab: AddTab): void }): ReactElement {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-inner">
        <Icon name="inbox" className="welcome-icon" />
        <h1 id="welcome-title" className="welcome-title">
          Your archive is empty
        </h1>
        <p className="welcome-lead">
          Cuttings keeps press clippings on this computer, ready to read, tag and search without a network.
          Add the first one:
        </p>
        <ul className="welcome-ways">
          <li className="welcome-way">
            <h2>Paste an article</h2>
            <p>
              Copy an article’s text on any news site and paste it: Cuttings finds the headline, source and
              date.
            </p>
            <button type="button" className="button button-primary" onClick={() => onAdd('paste')}>
              <Icon name="plus" /> Paste an article <kbd>n</kbd>
            </button>
          </li>
          <li className="welcome-way">
            <h2>Give its address</h2>
            <p>Cuttings downloads the page and its pictures, to read offline.</p>
            <button type="button" className="button" onClick={() => onAdd('url')}>
              From a web address…
            </button>
          </li>
          <li className="welcome-way">
            <h2>Drop it here</h2>
            <p>
              Drag a saved page, an e-mail, a Word file, a PDF or a scan, or a link from your browser, onto
              this window.
            </p>
          </li>
          <li className="welcome-way">
            <h2>Import a folder</h2>
            <p>
              Pages, e-mails, Word files, PDFs and scans, a whole folder at a time, with a summary of what
              came in.
            </p>
            <button type="button" className="button" onClick={() => onAdd('files')}>
              Import files or a folder…
            </button>
          </li>
        </ul>
      </div>
    </section>
  );
}
