/**
 * Clipping ids: short, URL-safe, unique, and sortable by capture time.
 * Nine base-36 digits of milliseconds (good until the year 5188) then six random ones.
 */
import { randomBytes } from 'node:crypto';

const TIME_DIGITS = 9;
const RANDOM_DIGITS = 6;

let last = 0;

/**
 * A new id for a clipping captured at `time` (ms since the epoch). Within a process ids are
 * strictly increasing: two captures in the same millisecond get consecutive time parts.
 */
export function newId(time: number = Date.now()): string {
  const ms = Math.max(Math.max(0, Math.floor(time)), last + 1);
  last = ms;
  const stamp = ms.toString(36).padStart(TIME_DIGITS, '0');
  const bytes = randomBytes(RANDOM_DIGITS);
  let rand = '';
  for (const b of bytes) rand += (b % 36).toString(36);
  return stamp + rand;
}

/** A unique token for temporary file names. */
export function token(): string {
  return randomBytes(6).toString('hex');
}
