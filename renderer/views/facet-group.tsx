/**
 * One group of the sidebar (Tags, Sources, People…): values with their counts; a click
 * narrows the search with that filter, a second click takes it off. Long groups show their
 * first values and fold the rest behind "Show all N".
 */
import { useState, type ReactElement, type ReactNode } from 'react';
import type { FacetCount } from '../../shared/clipping';
import { filterToken, hasToken, type FilterField } from '../lib/query';

/** Values shown before "Show all" (a group of up to FOLDED + 2 is shown whole). */
const FOLDED = 8;
/** Values a group lists at most, unfolded (the facets are counted over all results anyway). */
const MAX_VALUES = 100;

export interface FacetGroupProps {
  title: string;
  field: FilterField;
  values: FacetCount[];
  query: string;
  onToggle(token: string): void;
  /** Tag colours (a tag without one shows an empty ring). */
  colours?: Map<string, string | null>;
  /** Beside the title (the tags' sort). */
  action?: ReactNode;
}

export function FacetGroup({
  title,
  field,
  values,
  query,
  onToggle,
  colours,
  action,
}: FacetGroupProps): ReactElement | null {
  const [open, setOpen] = useState(false);
  if (values.length === 0) return null;
  const headingId = `facet-${field}`;
  // A filter in use stays visible even when its value would be folded away.
  const folds = values.length > FOLDED + 2;
  const shown =
    open || !folds
      ? values.slice(0, MAX_VALUES)
      : values.filter((v, i) => i < FOLDED || hasToken(query, filterToken(field, v.value)));
  return (
    <section className="facet" aria-labelledby={headingId}>
      <div className="facet-head">
        <h2 id={headingId} className="facet-title">
          {title}
        </h2>
        {action}
      </div>
      <ul className="facet-list">
        {shown.map(({ value, count }) => {
          const token = filterToken(field, value);
          const active = hasToken(query, token);
          const colour = colours?.get(value);
          return (
            <li key={value}>
              <button
                type="button"
                className="facet-item"
                aria-pressed={active}
                title={active ? `Remove ${token} from the search` : `Narrow the search with ${token}`}
                onClick={() => onToggle(token)}
              >
                {colours && (
                  // Set through the CSSOM (allowed by the CSP), never as a style attribute.
                  <span
                    className={colour ? 'tag-dot' : 'tag-dot tag-dot-none'}
                    style={colour ? { backgroundColor: colour } : undefined}
                  />
                )}
                <bdi className="facet-value">{value}</bdi>
                <span className="count">{count.toLocaleString()}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {folds && (
        <button type="button" className="facet-more" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Show fewer' : `Show all ${Math.min(values.length, MAX_VALUES).toLocaleString()}`}
        </button>
      )}
    </section>
  );
}
