import { CuttingsError } from '../../shared/errors';

/** Parses a positive whole-number option such as `--limit`. */
export function parseCount(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1 || n > 100_000) {
    throw new CuttingsError('usage', `--${name} takes a whole number from 1 to 100000, not "${String(value)}".`);
  }
  return n;
}
