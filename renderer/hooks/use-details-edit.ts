/**
 * Editing a clipping's details: the draft, saving only what changed through
 * `clippings.update` (which marks each edited field as entered by the user), the last edit
 * undoable from its toast, and a refusal placed at the field it is about (main's error names
 * the field: `CuttingsError.field`, never guessed from its words).
 */
import { useEffect, useState, type FormEvent, type RefObject } from 'react';
import type { Clipping, ClippingOrigins, ClippingPatch, ProvenancedField } from '../../shared/clipping';
import { CuttingsError } from '../../shared/errors';
import { useToasts } from '../components/toasts';
import { errorText } from '../lib/errors';
import { FIELDS, draftOf, fieldLabel, patchOf, type Draft } from '../views/details/fields';

export interface Refusal {
  /** The field to correct, or null for a refusal about the whole form. */
  field: ProvenancedField | null;
  text: string;
}

/** Where main's refusal belongs: the field it names (`patch.url` → the link), else the form. */
export function refusalOf(err: unknown): Refusal {
  const key = err instanceof CuttingsError ? err.field?.path.split('.').pop() : undefined;
  const spec = FIELDS.find((f) => f.key === key);
  if (spec && err instanceof CuttingsError && err.field) {
    const text = err.field.message.replace(/\.$/, '');
    return { field: spec.key, text: `${text.charAt(0).toUpperCase()}${text.slice(1)}.` };
  }
  return { field: null, text: errorText(err) };
}

export interface DetailsEdit {
  editing: boolean;
  draft: Draft;
  setField(key: ProvenancedField, value: string): void;
  refusal: Refusal | null;
  busy: boolean;
  start(): void;
  stop(): void;
  save(event: FormEvent, formId: string): Promise<void>;
}

/** Where focus goes: the form's first field when it opens, Edit details when it closes. */
export interface DetailsFocus {
  firstField: RefObject<HTMLInputElement | null>;
  editButton: RefObject<HTMLButtonElement | null>;
}

export function useDetailsEdit(c: Clipping, { firstField, editButton }: DetailsFocus): DetailsEdit {
  const toasts = useToasts();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => draftOf(c));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (editing) firstField.current?.focus();
  }, [editing, firstField]);

  const stop = (): void => {
    setEditing(false);
    setRefusal(null);
    window.setTimeout(() => editButton.current?.focus(), 0);
  };

  /** Says what was saved, with an Undo that puts the old values and their origins back. */
  const saved = (keys: ProvenancedField[]): void => {
    const previous: Record<string, string | null> = {};
    const origins: ClippingOrigins = {};
    for (const k of keys) {
      previous[k] = c[k];
      const origin = c.provenance[k];
      if (origin) origins[k] = origin;
    }
    const undo = async (): Promise<void> => {
      try {
        await window.cuttings.clippings.update({ id: c.id, patch: previous as ClippingPatch, origins });
      } catch (err) {
        toasts.notify({ tone: 'error', message: errorText(err) });
      }
    };
    const names = keys.map((k) => fieldLabel(k).toLowerCase());
    toasts.notify({ message: `Saved the ${names.join(', ')}.`, action: { label: 'Undo', run: undo } });
  };

  const save = async (event: FormEvent, formId: string): Promise<void> => {
    event.preventDefault();
    const patch = patchOf(draftOf(c), draft);
    const keys = Object.keys(patch) as ProvenancedField[];
    if (keys.length === 0) return stop();
    setBusy(true);
    setRefusal(null);
    try {
      await window.cuttings.clippings.update({ id: c.id, patch });
      stop();
      saved(keys);
    } catch (err) {
      const refused = refusalOf(err);
      setRefusal(refused);
      // Save was disabled while saving, so focus fell out of the form: put it on the field to
      // correct (or the first field), where Escape still cancels.
      window.setTimeout(() => {
        const target = refused.field
          ? document.getElementById(`${formId}-${refused.field}`)
          : firstField.current;
        target?.focus();
      }, 0);
    } finally {
      setBusy(false);
    }
  };

  return {
    editing,
    draft,
    setField: (key, value) => setDraft((d) => ({ ...d, [key]: value })),
    refusal,
    busy,
    start: () => {
      setDraft(draftOf(c));
      setRefusal(null);
      setEditing(true);
    },
    stop,
    save,
  };
}
