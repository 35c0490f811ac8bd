/** What a batch import (a folder, dropped files, a list of paths) did: each file's fate, with reasons for failures. */
import { z } from 'zod';

export const batchImportSummarySchema = z.object({
  /** Ids of the clippings made. */
  imported: z.array(z.string()),
  /** Ids of the clippings the archive already had. */
  duplicates: z.array(z.string()),
  /** Files that could not be imported, each with a reason written for people. */
  failed: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** True when the user cancelled; the files before the cancel stay imported. */
  cancelled: z.boolean(),
});
export type BatchImportSummary = z.infer<typeof batchImportSummarySchema>;
