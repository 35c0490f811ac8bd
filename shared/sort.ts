/** The orders a list of clippings can be shown in, written once for the contract, the library, the CLI and the UI. */
import { z } from 'zod';

/** The library without a query: by capture date (newest first), publication date, or title. */
export const librarySortSchema = z.enum(['captured', 'published', 'title']);
export type LibrarySort = z.infer<typeof librarySortSchema>;

/** Search results: best first, or newest first. */
export const searchSortSchema = z.enum(['relevance', 'date']);
export type SearchSort = z.infer<typeof searchSortSchema>;
