/**
 * What the bookmarklet sends: the page's address, title, the reader's selection and the
 * full HTML. Validated here so `onClip` only ever sees a well-formed clip.
 */
import { z } from 'zod';

const webUrl = z
  .string()
  .max(8192, 'the address is too long')
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  }, 'not a web address (http or https)');

/** Schema of a clip request's JSON body. Unknown fields are dropped. */
export const clipPayloadSchema = z.object({
  url: webUrl,
  title: z.string().max(2000, 'the title is too long'),
  selection: z.string().optional(),
  html: z.string().min(1, 'the page HTML is empty'),
});

/** A validated clip: the page the user was reading when they pressed the bookmarklet. */
export type ClipPayload = z.infer<typeof clipPayloadSchema>;

export type ParsedClip = { ok: true; clip: ClipPayload } | { ok: false; message: string };

/** Parses and validates a request body; the message is short and safe to send back. */
export function parseClip(body: Buffer): ParsedClip {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, message: 'The body is not valid JSON.' };
  }
  const parsed = clipPayloadSchema.safeParse(json);
  if (parsed.success) return { ok: true, clip: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, message: `Invalid clip: ${where}${issue?.message ?? 'bad fields'}.` };
}
