/** Where a clipping's metadata came from, so the UI can show it and the user can trust or fix it. */
import { z } from 'zod';

/** The origins a metadata value can have: found in the paste, a page's JSON-LD or OpenGraph, … or typed by the user. */
export const provenanceSchema = z.enum(['paste', 'json-ld', 'opengraph', 'meta', 'readability', 'derived', 'user']);
export type Provenance = z.infer<typeof provenanceSchema>;

/** Fields whose origin is remembered in `Clipping.provenance`. */
export const provenancedFieldSchema = z.enum([
  'title',
  'source',
  'author',
  'dateline',
  'publishedAt',
  'lang',
  'caption',
  'credit',
  'url',
]);
export type ProvenancedField = z.infer<typeof provenancedFieldSchema>;

/** Where edited fields' values came from, given back when an edit is undone. */
export const clippingOriginsSchema = z.partialRecord(provenancedFieldSchema, provenanceSchema);
export type ClippingOrigins = z.infer<typeof clippingOriginsSchema>;
