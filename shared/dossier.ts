/**
 * The dossier an editor asks for, as a schema: checked in main when it arrives over IPC,
 * and the source of the `DossierSpec` type the PDF writer uses.
 */
import { z } from 'zod';

const line = (max: number) => z.string().trim().max(max).optional();

export const dossierSpecSchema = z.object({
  title: z.string().trim().min(1, 'a dossier needs a title').max(200),
  subtitle: line(300),
  organisation: line(200),
  period: line(100),
  editor: line(200),
  classification: line(200),
  summary: z.string().max(20_000).optional(),
  paper: z.enum(['A4', 'Letter']).optional(),
  groupBy: z.enum(['none', 'tag', 'source', 'day']).optional(),
  order: z.enum(['date', 'source', 'manual']).optional(),
  sections: z
    .array(z.object({ title: z.string().trim().min(1).max(200), ids: z.array(z.string().max(64)).max(5000) }))
    .max(200)
    .optional(),
  lang: z.string().max(35).optional(),
  issuedAt: z.string().max(40).optional(),
});

export type DossierSpecInput = z.output<typeof dossierSpecSchema>;
