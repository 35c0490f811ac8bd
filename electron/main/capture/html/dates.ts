/**
 * Publication dates as pages write them → ISO 8601. The publisher's own UTC offset is kept
 * ("2017-01-13T00:00:04-05:00", not "…T05:00:04Z") because a clipping is dated as its paper
 * printed it; date-only values stay date-only.
 */

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Normalises a date from page metadata. Returns `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ss[.sss]±HH:MM`
 * (or `Z`), a zone-less `YYYY-MM-DDTHH:mm:ss` when the page gave no zone, or null when the
 * value is not a date.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  const m = ISO_LIKE.exec(raw);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    if (!validDay(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined || mi === undefined) return `${y}-${mo}-${d}`;
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
    const time = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}`;
    if (!zone) return time;
    if (zone.toUpperCase() === 'Z') return `${time}Z`;
    const digits = zone.replace(':', '');
    return `${time}${digits.slice(0, 3)}:${digits.slice(3)}`;
  }
  // Anything else Date can read (RFC 2822 "Tue, 18 Mar 2015 14:05:00 GMT", …) becomes UTC.
  const parsed = Date.parse(raw);
  if (Number.isNaN(parsed) || !/\d{4}/.test(raw)) return null;
  const date = new Date(parsed);
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  return `${year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(
    date.getUTCMinutes(),
  )}:${pad(date.getUTCSeconds())}Z`;
}
