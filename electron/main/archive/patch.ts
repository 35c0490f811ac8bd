/**
 * Edits to a clipping's metadata, checked before they are applied. A field the user edits
 * is marked as coming from the user, so the UI can show that it was corrected by hand.
 */
import type { ClippingPatch, Entities, Provenance, ProvenancedField } from '../../../shared/clipping';
import { CuttingsError } from '../../../shared/errors';
import { OPTIONAL_METADATA_FIELDS, provenancedFieldSchema } from '../../../shared/provenance';
import type { StoredClipping } from './schema';

const NULLABLE_TEXT = OPTIONAL_METADATA_FIELDS;
const PROVENANCED = new Set<string>(provenancedFieldSchema.options);

function isEntities(v: unknown): v is Entities {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return ['people', 'places', 'organisations'].every(
    (k) => Array.isArray(e[k]) && (e[k] as unknown[]).every((s) => typeof s === 'string'),
  );
}

/**
 * A new record with the patch applied, or an `invalid-input` error saying which field is wrong.
 * Fields set get the provenance "entered by you", unless `origins` gives theirs back (undoing
 * an edit puts the captured value and where it came from back together).
 */
export function applyPatch(
  rec: StoredClipping,
  patch: ClippingPatch,
  origins: Partial<Record<ProvenancedField, Provenance>> = {},
): StoredClipping {
  const next: StoredClipping = { ...rec, provenance: { ...rec.provenance } };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (key === 'title') {
      if (typeof value !== 'string' || !value.trim())
        throw new CuttingsError('invalid-input', 'A clipping needs a title: it cannot be empty.', {
          field: { path: 'title', message: 'a clipping needs a title: it cannot be empty' },
        });
      next.title = value.trim();
      next.titleDerived = false;
    } else if (key === 'notes') {
      if (typeof value !== 'string') throw new CuttingsError('invalid-input', 'Notes must be text.');
      next.notes = value;
    } else if (key === 'entities') {
      if (!isEntities(value))
        throw new CuttingsError(
          'invalid-input',
          'Entities must list people, places and organisations as text.',
        );
      next.entities = {
        people: [...value.people],
        places: [...value.places],
        organisations: [...value.organisations],
      };
    } else if ((NULLABLE_TEXT as readonly string[]).includes(key)) {
      if (value !== null && typeof value !== 'string')
        throw new CuttingsError('invalid-input', `The field ${key} must be text or empty.`);
      const text = typeof value === 'string' && value.trim() ? value.trim() : null;
      (next as unknown as Record<string, string | null>)[key] = text;
    } else {
      throw new CuttingsError('invalid-input', `The field ${key} cannot be edited.`);
    }
    if (PROVENANCED.has(key)) {
      const field = key as ProvenancedField;
      if ((next as unknown as Record<string, unknown>)[key] === null) delete next.provenance[field];
      else next.provenance[field] = origins[field] ?? 'user';
    }
  }
  return next;
}
