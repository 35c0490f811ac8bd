/**
 * The reader's "Details": every metadata field with its value and where it came from, and
 * a form to correct them (saved through `clippings.update`, which marks each edited field
 * as entered by the user). The last edit can be undone from the toast. Also the editable
 * lists of people, places and organisations named in the article.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactElement } from 'react';
import type { Clipping, ClippingOrigins, ClippingPatch, Entities, Provenance, ProvenancedField } from '../../shared/clipping';
import { Icon } from '../components/icons';
import { useToasts } from '../components/toasts';
import { formatDate } from '../lib/format';
import { filterToken, type FilterField } from '../lib/query';

export const provenanceLabel: Record<Provenance, string> = {
  paste: 'from the pasted text',
  'json-ld': 'from the page’s structured data',
  opengraph: 'from the page’s OpenGraph tags',
  meta: 'from the page’s meta tags',
  readability: 'found by Readability',
  derived: 'worked out by Cuttings',
  user: 'entered by you',
  email: 'from the e-mail’s headers',
  document: 'from the document’s properties',
};

type FieldKind = 'text' | 'date' | 'url' | 'long';

interface FieldSpec {
  key: ProvenancedField;
  label: string;
  kind: FieldKind;
  hint?: string;
}

const FIELDS: FieldSpec[] = [
  { key: 'title', label: 'Title', kind: 'text' },
  { key: 'source', label: 'Source', kind: 'text' },
  { key: 'author', label: 'Author', kind: 'text' },
  { key: 'dateline', label: 'Dateline', kind: 'text' },
  { key: 'publishedAt', label: 'Published', kind: 'date' },
  { key: 'lang', label: 'Language', kind: 'text', hint: 'A code such as en, de or fr.' },
  { key: 'caption', label: 'Caption', kind: 'long' },
  { key: 'credit', label: 'Photo credit', kind: 'text' },
  { key: 'url', label: 'Link', kind: 'url', hint: 'Starts with http:// or https://.' },
];

type Draft = Record<ProvenancedField, string>;

/** What the form starts from: the stored values as text (a date as YYYY-MM-DD for the date input). */
function draftOf(c: Clipping): Draft {
  const out = {} as Draft;
  for (const f of FIELDS) {
    const v = c[f.key] ?? '';
    out[f.key] = f.kind === 'date' ? (/^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : '') : v;
  }
  return out;
}

/** Only the fields the user changed, so untouched ones keep their origin. */
function patchOf(before: Draft, after: Draft): ClippingPatch {
  const patch: Record<string, string | null> = {};
  for (const f of FIELDS) {
    if (after[f.key].trim() === before[f.key].trim()) continue;
    const value = after[f.key].trim();
    patch[f.key] = f.key === 'title' ? value : value || null;
  }
  return patch as ClippingPatch;
}

/** "Invalid request: patch.url: a URL starts with http://…" → the field and the words for it. */
function fieldError(message: string): { field: ProvenancedField | null; text: string } {
  const m = /^Invalid request: patch\.(\w+)[^:]*: (.*)$/.exec(message);
  if (m && FIELDS.some((f) => f.key === m[1])) {
    const text = (m[2] ?? '').replace(/\.$/, '');
    return { field: m[1] as ProvenancedField, text: text.charAt(0).toUpperCase() + text.slice(1) + '.' };
  }
  if (/title/i.test(message)) return { field: 'title', text: message };
  return { field: null, text: message };
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

const OPEN_KEY = 'cuttings.reader.detailsOpen';
const readOpen = (): boolean => {
  try {
    return window.localStorage.getItem(OPEN_KEY) === '1';
  } catch {
    return false;
  }
};
const writeOpen = (open: boolean): void => {
  try {
    window.localStorage.setItem(OPEN_KEY, open ? '1' : '0');
  } catch {
    /* not kept: fine */
  }
};

function shownValue(c: Clipping, key: ProvenancedField): string | null {
  if (key === 'publishedAt') return formatDate(c.publishedAt) ?? c.publishedAt;
  return c[key];
}

export function MetadataPanel({ clipping: c }: { clipping: Clipping }): ReactElement {
  const toasts = useToasts();
  const [open, setOpen] = useState(readOpen);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => draftOf(c));
  const [error, setError] = useState<{ field: ProvenancedField | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const bodyId = useId();
  const formId = useId();
  const firstField = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (editing) firstField.current?.focus();
  }, [editing]);

  const toggle = (): void => {
    setOpen((was) => {
      writeOpen(!was);
      return !was;
    });
  };

  const startEditing = (): void => {
    setDraft(draftOf(c));
    setError(null);
    if (!open) {
      setOpen(true);
      writeOpen(true);
    }
    setEditing(true);
  };

  const stopEditing = (): void => {
    setEditing(false);
    setError(null);
    window.setTimeout(() => editButton.current?.focus(), 0);
  };

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const before = draftOf(c);
    const patch = patchOf(before, draft);
    const keys = Object.keys(patch) as ProvenancedField[];
    if (keys.length === 0) return stopEditing();
    setBusy(true);
    setError(null);
    try {
      await window.cuttings.clippings.update({ id: c.id, patch });
      stopEditing();
      const previous: Record<string, string | null> = {};
      const origins: ClippingOrigins = {};
      for (const k of keys) {
        previous[k] = c[k];
        const origin = c.provenance[k];
        if (origin) origins[k] = origin;
      }
      const names = keys.map((k) => FIELDS.find((f) => f.key === k)?.label.toLowerCase() ?? k);
      toasts.notify({
        message: `Saved the ${names.join(', ')}.`,
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await window.cuttings.clippings.update({ id: c.id, patch: previous as ClippingPatch, origins });
            } catch (err) {
              toasts.notify({ tone: 'error', message: errorText(err) });
            }
          },
        },
      });
    } catch (err) {
      const refused = fieldError(errorText(err));
      setError(refused);
      // Save was disabled while saving, so focus fell out of the form: put it on the field to
      // correct (or the first field), where Escape still cancels.
      window.setTimeout(() => {
        const target = refused.field ? document.getElementById(`${formId}-${refused.field}`) : firstField.current;
        target?.focus();
      }, 0);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    stopEditing();
  };

  const captured = c.capturedAt ? new Date(c.capturedAt).toLocaleString() : null;

  return (
    <section className="meta-panel" aria-labelledby="details-heading">
      <div className="meta-bar">
        <h2 id="details-heading" className="meta-heading">
          <button
            type="button"
            className="meta-toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={toggle}
          >
            Details
          </button>
        </h2>
        {!editing && (
          <button type="button" ref={editButton} className="button button-small" onClick={startEditing}>
            Edit details
          </button>
        )}
      </div>
      <div id={bodyId} hidden={!open}>
        {editing ? (
          <form
            id={formId}
            className="meta-form"
            aria-label="Edit details"
            noValidate
            onSubmit={(e) => void save(e)}
            onKeyDown={onKeyDown}
          >
            {error && !error.field && (
              <p className="form-error" role="alert">
                Not saved: {error.text}
              </p>
            )}
            {FIELDS.map((f, i) => {
              const id = `${formId}-${f.key}`;
              const invalid = error?.field === f.key;
              const describedBy = [invalid ? `${id}-error` : null, f.hint ? `${id}-hint` : null].filter(Boolean).join(' ');
              const common = {
                id,
                name: f.key,
                value: draft[f.key],
                'aria-invalid': invalid || undefined,
                'aria-describedby': describedBy || undefined,
                className: 'meta-input',
              };
              const onChange = (value: string): void => setDraft((d) => ({ ...d, [f.key]: value }));
              return (
                <div key={f.key} className={f.kind === 'long' ? 'meta-field meta-field-wide' : 'meta-field'}>
                  <label htmlFor={id} className="meta-label">
                    {f.label}
                  </label>
                  {f.kind === 'long' ? (
                    <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
                  ) : (
                    <input
                      {...common}
                      ref={i === 0 ? firstField : undefined}
                      type={f.kind === 'date' ? 'date' : f.kind === 'url' ? 'url' : 'text'}
                      autoComplete="off"
                      spellCheck={f.kind === 'text'}
                      onChange={(e) => onChange(e.target.value)}
                    />
                  )}
                  {invalid && (
                    <p id={`${id}-error`} className="field-error" role="alert">
                      {error.text}
                    </p>
                  )}
                  {f.hint && !invalid && (
                    <p id={`${id}-hint`} className="meta-hint">
                      {f.hint}
                    </p>
                  )}
                </div>
              );
            })}
            <div className="form-actions form-actions-start meta-actions">
              <button type="submit" className="button button-primary" disabled={busy}>
                {busy ? 'Saving…' : 'Save'}
              </button>
              <button type="button" className="button" onClick={stopEditing}>
                Cancel
              </button>
              <span className="meta-hint">Esc cancels</span>
            </div>
          </form>
        ) : (
          <dl className="details">
            {FIELDS.map((f) => (
              <Detail key={f.key} label={f.label} value={shownValue(c, f.key)} origin={c.provenance[f.key]} />
            ))}
            <Detail label="Captured" value={captured} />
          </dl>
        )}
      </div>
    </section>
  );
}

function Detail({ label, value, origin }: { label: string; value: string | null; origin?: Provenance }): ReactElement {
  return (
    <div className="detail">
      <dt>{label}</dt>
      <dd>
        {value ? <span className="detail-value">{value}</span> : <span className="detail-empty">Not known</span>}
        {value && origin && <span className="detail-origin">{provenanceLabel[origin]}</span>}
      </dd>
    </div>
  );
}

const ENTITY_GROUPS: Array<{ key: keyof Entities; title: string; one: string; field: FilterField }> = [
  { key: 'people', title: 'People', one: 'person', field: 'person' },
  { key: 'places', title: 'Places', one: 'place', field: 'place' },
  { key: 'organisations', title: 'Organisations', one: 'organisation', field: 'org' },
];

/** People, places and organisations: a click searches, × removes (with Undo), typing adds. */
export function EntitiesEditor({
  clipping: c,
  onFilter,
}: {
  clipping: Clipping;
  onFilter(token: string): void;
}): ReactElement {
  const toasts = useToasts();
  const save = async (entities: Entities): Promise<void> => {
    await window.cuttings.clippings.update({ id: c.id, patch: { entities } });
  };
  return (
    <section className="reader-section entities" aria-labelledby="entities-heading">
      <h2 id="entities-heading">Named in the article</h2>
      {ENTITY_GROUPS.map((g) => (
        <EntityGroup
          key={g.key}
          title={g.title}
          one={g.one}
          field={g.field}
          values={c.entities[g.key]}
          onFilter={onFilter}
          onAdd={(value) => save({ ...c.entities, [g.key]: [...c.entities[g.key], value] })}
          onRemove={async (value) => {
            const before = c.entities;
            await save({ ...before, [g.key]: before[g.key].filter((v) => v !== value) });
            toasts.notify({
              message: `Removed ${value} from ${g.title.toLowerCase()}.`,
              action: {
                label: 'Undo',
                run: async () => {
                  try {
                    await save(before);
                  } catch (err) {
                    toasts.notify({ tone: 'error', message: errorText(err) });
                  }
                },
              },
            });
          }}
        />
      ))}
    </section>
  );
}

function EntityGroup({
  title,
  one,
  field,
  values,
  onFilter,
  onAdd,
  onRemove,
}: {
  title: string;
  one: string;
  field: FilterField;
  values: string[];
  onFilter(token: string): void;
  onAdd(value: string): Promise<void>;
  onRemove(value: string): Promise<void>;
}): ReactElement {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `entities-${field}`;
  const inputId = useId();
  const errorId = useId();

  const attempt = async (job: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await job();
      return true;
    } catch (err) {
      setError(errorText(err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>): Promise<void> => {
    if (event.key === 'Escape' && draft) {
      event.preventDefault();
      event.stopPropagation();
      setDraft('');
      setError(null);
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const value = draft.trim().replace(/\s+/g, ' ');
    if (!value) return;
    if (values.some((v) => v.toLowerCase() === value.toLowerCase())) {
      setError(`${value} is already listed.`);
      return;
    }
    if (await attempt(() => onAdd(value))) setDraft('');
  };

  return (
    <div className="entity-group">
      <h3 id={headingId} className="entity-title">
        {title}
      </h3>
      <div className="entity-body">
        <ul className="chips" aria-labelledby={headingId}>
          {values.map((v) => (
            <li key={v} className="entity-chip">
              <button
                type="button"
                className="chip entity-chip-name"
                title={`Search for ${filterToken(field, v)}`}
                onClick={() => onFilter(filterToken(field, v))}
              >
                {v}
              </button>
              <button
                type="button"
                className="entity-remove"
                aria-label={`Remove ${one} ${v}`}
                disabled={busy}
                onClick={() => void attempt(() => onRemove(v))}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
          <li className="entity-input-item">
            <label htmlFor={inputId} className="visually-hidden">
              {`Add a ${one}`}
            </label>
            <input
              id={inputId}
              className="tag-input"
              type="text"
              value={draft}
              placeholder={`Add ${one}…`}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => void onKeyDown(e)}
            />
          </li>
        </ul>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
