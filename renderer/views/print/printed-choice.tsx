/** The dossier builder's choice for print clippings: their text, their facsimile, or both. */
import type { ReactElement } from 'react';

type Printed = 'text' | 'facsimile' | 'both';

export function PrintedChoice({ value, onChange }: { value: Printed; onChange(value: Printed): void }): ReactElement {
  return (
    <label className="meta-label">
      Print clippings
      <select value={value} onChange={(e) => onChange(e.target.value as Printed)}>
        <option value="both">Text and page as printed</option>
        <option value="text">Text only</option>
        <option value="facsimile">Page as printed only</option>
      </select>
    </label>
  );
}
