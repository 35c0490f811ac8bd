/**
 * Turns the operating system's refusals into errors a person can act on.
 */
import { CuttingsError } from '../../../shared/errors';

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'a file would grow past the size limit of this disk or account',
  EROFS: 'the disk is read-only',
  EACCES: 'permission was denied',
  EPERM: 'the operation was not permitted',
  EIO: 'the disk reported an input/output error',
  ENOENT: 'a file or folder is missing',
  EMFILE: 'too many files are open',
  EBUSY: 'a file is busy',
};

/** The errno code of a Node error, if any. */
export function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
    ? err.code
    : undefined;
}

/**
 * Wraps a file-system error: `Could not save the archive: the disk is full (ENOSPC, …/catalogue.json).`
 * A CuttingsError passes through unchanged.
 */
export function ioError(err: unknown, action = 'save the archive'): CuttingsError {
  if (err instanceof CuttingsError) return err;
  const code = errnoCode(err);
  const reason = (code && REASONS[code]) ?? (err instanceof Error ? err.message : String(err));
  const where =
    typeof err === 'object' && err !== null && 'path' in err && typeof err.path === 'string' ? err.path : '';
  const detail = [code, where].filter(Boolean).join(', ');
  return new CuttingsError('io', `Could not ${action}: ${reason}${detail ? ` (${detail})` : ''}.`, {
    cause: err,
  });
}
