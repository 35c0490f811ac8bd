/**
 * Dates and counts as people read them. Dates without a time are formatted in UTC so
 * that "2025-04-18" never shows as the 17th west of Greenwich.
 */

const dateOnly = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const localDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "18 Apr 2025" for an ISO date or timestamp; "April 2025" or "2025" for partial dates; null when unreadable. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  if (dateOnly.test(iso)) {
    const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
    if (m === undefined) return String(y);
    const date = new Date(Date.UTC(y, m - 1, d ?? 1));
    if (Number.isNaN(date.getTime())) return null;
    return d === undefined ? monthFormat.format(date) : dayFormat.format(date);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : localDayFormat.format(date);
}

const numberFormat = new Intl.NumberFormat();

/** "1 clipping", "12,408 clippings". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? one : many}`;
}

/** Splits a clipping's body into paragraphs (they are separated by blank lines). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The first letter decides the direction: Hebrew, Arabic and their neighbours read right to left. */
const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
export function textDirection(text: string): 'rtl' | 'ltr' {
  const first = /\p{L}/u.exec(text)?.[0];
  return first && RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}
