/**
 * The clipping fields the Details panel shows and edits, where each value came from, and how
 * a form's draft becomes a patch (only the fields the user changed, so the rest keep their
 * origin).
 */
import type { Clipping, ClippingPatch, Provenance, ProvenancedField } from '../../../shared/clipping';
import { formatDate } from '../../lib/format';

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
  team: 'entered by a teammate',
};

export type FieldKind = 'text' | 'date' | 'url' | 'long';

export interface FieldSpec {
  key: ProvenancedField;
  label: string;
  kind: FieldKind;
  hint?: string;
}

export const FIELDS: FieldSpec[] = [
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

export type Draft = Record<ProvenancedField, string>;

/** What the form starts from: the stored values as text (a date as YYYY-MM-DD for the date input). */
export function draftOf(c: Clipping): Draft {
  const out = {} as Draft;
  for (const f of FIELDS) {
    const v = c[f.key] ?? '';
    out[f.key] = f.kind === 'date' ? (/^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : '') : v;
  }
  return out;
}

/** Only the fields the user changed, so untouched ones keep their origin. */
export function patchOf(before: Draft, after: Draft): ClippingPatch {
  const patch: Record<string, string | null> = {};
  for (const f of FIELDS) {
    if (after[f.key].trim() === before[f.key].trim()) continue;
    const value = after[f.key].trim();
    patch[f.key] = f.key === 'title' ? value : value || null;
  }
  return patch as ClippingPatch;
}

export function shownValue(c: Clipping, key: ProvenancedField): string | null {
  if (key === 'publishedAt') return formatDate(c.publishedAt) ?? c.publishedAt;
  return c[key];
}

export const fieldLabel = (key: ProvenancedField): string => FIELDS.find((f) => f.key === key)?.label ?? key;
