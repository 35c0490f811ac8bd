import { CuttingsError } from '../../shared/errors';

/** Reads all of standard input as UTF-8, refusing more than `maxBytes` and invalid UTF-8. */
export async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) {
      throw new CuttingsError('invalid-input', `Standard input is larger than ${Math.round(maxBytes / 1e6)} MB; that is not an article.`);
    }
    chunks.push(buf);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.includes(0)) throw new CuttingsError('invalid-input', 'Standard input holds binary data, not text.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CuttingsError('invalid-input', 'Standard input is not UTF-8 text. Convert it (for example with iconv) and try again.');
  }
}
