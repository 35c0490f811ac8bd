/**
 * Errors a user can act on. Every failure that reaches the UI or the CLI is a
 * {@link CuttingsError} with a stable code and a message written for people.
 */
export type ErrorCode =
  | 'usage' // bad arguments (CLI exit 2)
  | 'invalid-input' // the input cannot be imported (empty, binary, too large, bad encoding…)
  | 'not-found'
  | 'bad-query'
  | 'locked' // another process writes the archive
  | 'read-only'
  | 'damaged' // the catalogue cannot be read; it was kept aside
  | 'io' // the disk refused (full, read-only, permissions)
  | 'cancelled'
  | 'internal';

export class CuttingsError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CuttingsError';
    this.code = code;
  }
}

/** The serializable form an error takes across IPC. */
export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

/** Turns anything thrown into an {@link ErrorInfo} without leaking stack traces. */
export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof CuttingsError) return { code: err.code, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}
