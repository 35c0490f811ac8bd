/** The right pane: the active clipping in the reader, or the bulk panel when several are selected. */
import type { ReactElement, RefObject } from 'react';
import type { TagClippings } from '../hooks/use-tag-actions';
import type { Row } from '../lib/rows';
import { BulkPanel } from './bulk-panel';
import { Reader } from './reader';

export interface ReaderPaneProps {
  activeId: string | null;
  /** The active clipping's row in the list, if loaded (the reader shows its headline at once). */
  activeRow?: Row;
  /** The loaded rows of a selection of more than one (else empty). */
  selectedRows: Row[];
  knownTags: string[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  tagInputRef: RefObject<HTMLInputElement | null>;
  onTag: TagClippings;
  onTagOne(id: string, add: string[], remove: string[]): Promise<void>;
  onTrash(ids: string[]): void;
  onTrashOne(id: string): void;
  onRestoreOne(id: string): void;
  onFilter(token: string): void;
  /** Leaves a multiple selection for the active clipping alone. */
  onClear(): void;
  /** Opens a linked clipping (an e-mail's attachment, or the e-mail it came with). */
  onOpenClipping(id: string): void;
}

export function ReaderPane(props: ReaderPaneProps): ReactElement {
  const { selectedRows, knownTags, tagInputRef } = props;
  return (
    <main className="reader-pane" aria-label="Reader">
      {selectedRows.length > 1 ? (
        <BulkPanel
          rows={selectedRows}
          knownTags={knownTags}
          tagInputRef={tagInputRef}
          onTag={props.onTag}
          onTrash={props.onTrash}
          onClear={props.onClear}
        />
      ) : (
        <Reader
          id={props.activeId}
          preview={props.activeRow}
          knownTags={knownTags}
          headingRef={props.headingRef}
          tagInputRef={tagInputRef}
          onTag={props.onTagOne}
          onTrash={props.onTrashOne}
          onRestore={props.onRestoreOne}
          onFilter={props.onFilter}
          onOpenClipping={props.onOpenClipping}
        />
      )}
    </main>
  );
}
