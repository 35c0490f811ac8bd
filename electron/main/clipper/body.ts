/**
 * Reads a request body with a byte cap and a deadline, so neither a huge upload nor a
 * client that dribbles bytes (slow loris) can hold the service or its memory.
 */
import type { IncomingMessage } from 'node:http';

export type BodyFailure = 'too-large' | 'timeout' | 'aborted';

/** Why a body could not be read; the server turns it into 413, 408 or a silent close. */
export class BodyError extends Error {
  constructor(readonly reason: BodyFailure) {
    super(`request body ${reason}`);
    this.name = 'BodyError';
  }
}

/**
 * Collects the body of `req`. Rejects with {@link BodyError} as soon as more than `maxBytes`
 * arrive or the whole body has not arrived within `timeoutMs`; the caller answers and
 * destroys the request. Stops listening once settled so late data is not buffered.
 */
export function readBody(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (outcome: Buffer | BodyError): void => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('close', onAborted).off('error', onAborted);
      if (outcome instanceof BodyError) {
        req.pause();
        reject(outcome);
      } else resolve(outcome);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > maxBytes) finish(new BodyError('too-large'));
      else chunks.push(chunk);
    };
    const onEnd = (): void => finish(Buffer.concat(chunks, received));
    const onAborted = (): void => finish(new BodyError('aborted'));
    const timer = setTimeout(() => finish(new BodyError('timeout')), timeoutMs);
    // 'close' before 'end' means the client went away mid-body.
    req.on('data', onData).on('end', onEnd).on('close', onAborted).on('error', onAborted);
  });
}
