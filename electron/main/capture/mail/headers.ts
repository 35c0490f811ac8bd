/** Small readers for e-mail headers: the date as the sender wrote it, the subject without "Fwd:". */

const pad = (n: number): string => String(n).padStart(2, '0');

/** "+0100" or "-0530" near the end of a Date header, in minutes; 0 for GMT/UT/Z; null when none. */
function zoneOffset(value: string): number | null {
  const numeric = /([+-])(\d{2}):?(\d{2})\s*$/.exec(value);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return /\b(?:GMT|UTC?|Z)\s*$/i.test(value) ? 0 : null;
}

/**
 * A Date header → ISO 8601 in the sender's own zone ("Mon, 1 Dec 2025 09:30:00 +0100" →
 * "2025-12-01T09:30:00+01:00"): a clipping is dated as its sender dated it. Null when the header
 * is missing or is not a date (never "now", which is what mailparser puts there).
 */
export function mailDate(header: string | null): string | null {
  if (!header) return null;
  const value = header.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const offset = zoneOffset(value);
  const local = new Date(ms + (offset ?? 0) * 60_000);
  const year = local.getUTCFullYear();
  if (year < 1970 || year > 9999) return null;
  const day = `${year}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  if (offset === null || offset === 0) return `${day}T${time}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${day}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Forwarding and reply prefixes in the languages we read: Fwd:, Fw:, WG:, TR:, RV:, Re:, AW:, SV:… */
const PREFIX = /^\s*(?:(?:fwd?|fw|wg|tr|rv|re|aw|sv|vs|ynt|i|enc|doorst|pd|odp|fs|vb|отв|пересл)\s*(?:\[\d+\])?\s*:\s*)+/iu;

/** The subject as a headline: forwarding prefixes and "[list-name]" tags taken off. */
export function cleanSubject(subject: string | null): string | null {
  if (!subject) return null;
  let title = subject.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 5; i++) {
    const next = title.replace(PREFIX, '').replace(/^\[[^\]]{1,40}\]\s*/, '').trim();
    if (next === title) break;
    title = next;
  }
  return title || null;
}
