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
  | 'unreachable' // the sync server cannot be reached (offline, refused, gone mid-sync)
  | 'unauthorized' // the sync server refused the credentials or the database
  | 'internal';

/**
 * The one field a refusal is about ("patch.url": the link of a clipping being edited), and
 * what is wrong with it in words, so a form can say it at that field without reading the
 * message apart.
 */
export interface FieldProblem {
  /** The field's path in the request, dot-separated (`patch.url`, `spec.title`, `title`). */
  path: string;
  /** What is wrong, in words, without the path ("a URL starts with http:// or https://"). */
  message: string;
}

export class CuttingsError extends Error {
  readonly code: ErrorCode;
  readonly field?: FieldProblem;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; field?: FieldProblem }) {
    super(message, options);
    this.name = 'CuttingsError';
    this.code = code;
    if (options?.field) this.field = options.field;
  }
}

/** The serializable form an error takes across IPC. */
export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  field?: FieldProblem;
}

/** Turns anything thrown into an {@link ErrorInfo} without leaking stack traces. */
export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof CuttingsError) {
    return err.field
      ? { code: err.code, message: err.message, field: err.field }
      : { code: err.code, message: err.message };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}
