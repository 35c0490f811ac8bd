/**
 * A forwarded message: press releases often reach the archive forwarded by a colleague (or by
 * the user to themselves). Then the e-mail's own From and Date are the forwarder's, and the
 * original sender and date are in the block the mail program quoted:
 *
 *     ---------- Forwarded message ---------
 *     From: Press Office <press@ministry.gov>
 *     Date: Mon, 1 Dec 2025 at 09:30
 *     Subject: Minister visits Kyiv
 */
import { mailDate } from './headers';

/** Subjects of forwarded mail: Fwd:, Fw:, WG: (German), TR: (French), RV:/ENC: (Spanish, Portuguese), I: (Italian). */
const FORWARD_SUBJECT = /^\s*(?:fwd?|fw|wg|tr|rv|enc|i|pd|vb|doorst|пересл)\s*:/iu;

/** The lines that open a quoted block, in the mail programs and languages we read. */
const MARKER =
  /^[\s>]*(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|mensaje original|messaggio inoltrato|messaggio originale|пересылаемое сообщение|исходное сообщение)\s*-*|begin forwarded message:|anfang der weitergeleiteten nachricht:|début du message réexpédié\s*:)\s*$/imu;

const FROM = /^[\s>*]*(?:from|von|de|da|van|от)\s*:\s*(.+)$/imu;
const DATE = /^[\s>*]*(?:date|sent|datum|gesendet|envoyé|enviado|fecha|inviato|data|verzonden|дата|отправлено)\s*:\s*(.+)$/imu;

export interface ForwardedHeader {
  name: string | null;
  address: string | null;
  /** ISO date, when the quoted date could be read. */
  date: string | null;
  /** Where the quoted block starts in the text. */
  offset: number;
}

function isForwardSubject(subject: string | null): boolean {
  return subject !== null && FORWARD_SUBJECT.test(subject);
}

/** "Name <a@b>", "Name [mailto:a@b]", "a@b", "\"Name\" <a@b>". */
function splitAddress(value: string): { name: string | null; address: string | null } {
  const address = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(value)?.[0] ?? null;
  const name = value
    .replace(/<[^>]*>|\[mailto:[^\]]*\]|\(mailto:[^)]*\)/gi, '')
    .replace(address ?? '\u0000', '')
    .replace(/^["'\s*]+|["'\s*]+$/g, '')
    .trim();
  return { name: name || null, address };
}

/** A quoted date as mail programs write it: "Mon, Dec 1, 2025 at 9:30 AM", "1. Dezember 2025 um 09:30". */
function quotedDate(value: string): string | null {
  const cleaned = value.replace(/\s+(?:at|um|à|a las|alle)\s+/i, ' ').replace(/\*/g, '').trim();
  const iso = mailDate(cleaned);
  return iso ? iso.slice(0, 10) : null;
}

/**
 * The original sender and date quoted in a forwarded message's text, or null when it quotes
 * none, or quotes one only further down (a reply under its own text is the replier's message).
 */
export function forwardedHeader(text: string | null, subject: string | null): ForwardedHeader | null {
  if (!text) return null;
  const marker = MARKER.exec(text);
  if (!marker || (!isForwardSubject(subject) && text.slice(0, marker.index).trim().length > 300)) return null;
  // The quoted header is the few lines after the marker.
  const block = text.slice(marker.index + marker[0].length).split(/\r?\n/).slice(0, 12).join('\n');
  const from = FROM.exec(block)?.[1];
  if (!from) return null;
  const date = DATE.exec(block)?.[1];
  return { ...splitAddress(from), date: date ? quotedDate(date) : null, offset: marker.index };
}
