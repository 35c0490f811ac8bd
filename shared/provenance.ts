/** Where a clipping's metadata came from, so the UI can show it and the user can trust or fix it. */
import { z } from 'zod';

/**
 * The origins a metadata value can have: found in the paste, a page's JSON-LD or OpenGraph, …,
 * an e-mail's headers (`email`), a file's own properties (`document`: a Word file's, an MHTML
 * page's address), typed by the user (`user`), or typed by a teammate and received by sync
 * (`team`: this desk's label only; the team's shared documents call every typed value `user`).
 */
export const provenanceSchema = z.enum(['paste', 'json-ld', 'opengraph', 'meta', 'readability', 'derived', 'user', 'email', 'document', 'team']);
export type Provenance = z.infer<typeof provenanceSchema>;

/** A clipping's optional metadata: text or null, each with its origin remembered. */
export const OPTIONAL_METADATA_FIELDS = ['source', 'author', 'dateline', 'publishedAt', 'lang', 'caption', 'credit', 'url'] as const;

/** Fields whose origin is remembered in `Clipping.provenance`: the title and the optional metadata. */
export const provenancedFieldSchema = z.enum(['title', ...OPTIONAL_METADATA_FIELDS]);
export type ProvenancedField = z.infer<typeof provenancedFieldSchema>;

/** Where edited fields' values came from, given back when an edit is undone. */
export const clippingOriginsSchema = z.partialRecord(provenancedFieldSchema, provenanceSchema);
export type ClippingOrigins = z.infer<typeof clippingOriginsSchema>;
