/**
 * Who sent an e-mail, as a press office files it: the organisation is the clipping's source,
 * the person (or the office that signs, such as "Press Office") its author.
 *
 * "Press Office <press@ministry.gov>" → source `ministry.gov`, author `Press Office`;
 * "Jane Doe | Ministry of Defence <jane.doe@mod.gov.uk>" → source `Ministry of Defence`,
 * author `Jane Doe`; "The Economist <newsletters@economist.com>" → source `The Economist`.
 */
import { DETERMINERS, ORG_KEYWORDS } from '../nlp/lexicon';
import { isPersonName } from '../paste/names';

/** Words of a desk that signs mail for an organisation, in the languages we read. */
const ROLE_WORDS = new Set(
  (
    'press office media news newsroom communications communication comms relations public affairs pr info ' +
    'information contact contacts team desk service services noreply no reply newsletter newsletters updates ' +
    'alerts editorial editor editors department unit centre center mailing list digest bulletin and of the & ' +
    'presse pressestelle pressebüro kommunikation medien bureau de service prensa comunicación gabinete ' +
    'stampa ufficio пресс служба пресс-служба'
  ).split(' '),
);

/** Addresses anyone can have: they say nothing about the sender's organisation. */
const FREE_MAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|aol|icloud|me|mac|proton|protonmail|pm|gmx|web|t-online|freenet|mail|yandex|rambler|orange|free|wanadoo|laposte|libero|virgilio|seznam|qq|163|126)\./i;

/** Second-level labels under which organisations register (`gov.uk`, `co.jp`, `gouv.fr`). */
const SECOND_LEVEL = new Set(['co', 'com', 'gov', 'gouv', 'govt', 'org', 'net', 'ac', 'edu', 'or', 'ne', 'go', 'mil', 'nic', 'int']);

export interface SenderFields {
  author: string | null;
  source: string | null;
}

const words = (text: string): string[] => text.toLowerCase().split(/[\s,.&/|-]+/u).filter(Boolean);

/** True when every word names a desk or office ("Press Office", "Media Relations Team"). */
function isRole(text: string): boolean {
  const w = words(text);
  return w.length > 0 && w.every((word) => ROLE_WORDS.has(word));
}

/** A person's name, not an organisation that happens to have two capitalised words ("The Economist"). */
function isPerson(text: string): boolean {
  const first = text.split(/\s+/)[0]?.toLowerCase() ?? '';
  return (
    isPersonName(text) &&
    !DETERMINERS.has(first) &&
    !text.split(/\s+/).some((word) => ORG_KEYWORDS.has(word)) &&
    !isRole(text)
  );
}

/** Words that make a trailing part a desk ("Press Office", "Media Relations"), not part of the name ("Foreign Office"). */
const DESK_WORDS = /(?:^|\s)(?:press|media|news|newsroom|communications?|comms|relations|pr|presse|pressestelle|prensa|stampa|kommunikation|comunicación|пресс-служба)(?:\s|$)/iu;

/** The organisation a domain belongs to, or null for free mail: `press.fco.gov.uk` → `fco.gov.uk`. */
export function organisationDomain(address: string | null | undefined): string | null {
  const host = address?.split('@')[1]?.trim().toLowerCase().replace(/\.$/, '');
  if (!host || !host.includes('.') || FREE_MAIL.test(host)) return null;
  const labels = host.split('.');
  const keep = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2] ?? '') ? 3 : 2;
  return labels.slice(Math.max(0, labels.length - keep)).join('.');
}

/** A name guessed from `first.last@…` when both parts read as a name: `jane.doe` → `Jane Doe`. */
function nameFromAddress(address: string | null | undefined): string | null {
  const local = address?.split('@')[0] ?? '';
  const parts = local.split(/[._]/).filter(Boolean);
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^\p{L}{2,}$/u.test(p))) return null;
  const name = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()).join(' ');
  return isPerson(name) && !isRole(parts.join(' ')) ? name : null;
}

/** Splits "Jane Doe | Ministry", "Jane Doe (Ministry)", "Ministry – Jane Doe", "Jane via Ministry". */
function segments(name: string): string[] {
  return name
    .replace(/\(([^)]*)\)/g, '|$1|')
    .split(/\s*\|\s*|\s+[-–—]\s+|\s+via\s+|\s*:\s+|,\s+(?=\p{Lu})/u)
    .map((s) => s.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').trim())
    .filter(Boolean);
}

/** An organisation's name without the desk that signs for it: "Ministry of Defence Press Office". */
function splitTrailingRole(org: string): { org: string; role: string | null } {
  const parts = org.split(/\s+/);
  let cut = parts.length;
  while (cut > 1 && ROLE_WORDS.has((parts[cut - 1] ?? '').toLowerCase())) cut--;
  // "of the" left hanging after a cut belongs to the role ("… Office of the").
  while (cut > 1 && /^(?:of|the|and|&|de|der|du)$/i.test(parts[cut - 1] ?? '')) cut--;
  const role = parts.slice(cut).join(' ');
  if (cut === parts.length || cut === 0 || !DESK_WORDS.test(role)) return { org, role: null };
  return { org: parts.slice(0, cut).join(' '), role };
}

/**
 * Author and source from a sender's display name and address. Never invents a person: a name
 * is taken only when it reads as one; an organisation comes from the name, else the domain.
 */
export function senderFields(displayName: string | null | undefined, address: string | null | undefined): SenderFields {
  const domain = organisationDomain(address);
  const raw = (displayName ?? '').replace(/\s+/g, ' ').trim();
  // Outlook's "Last, First" (and "Last, First Middle").
  const inverted = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?)$/u.exec(raw);
  const name = inverted && isPerson(`${inverted[2]} ${inverted[1]}`) ? `${inverted[2]} ${inverted[1]}` : raw;
  const parts = name && !name.includes('@') ? segments(name) : [];
  const person = parts.find(isPerson) ?? null;
  const others = parts.filter((p) => p !== person);
  const roles = others.filter(isRole);
  // An account name ("hmailuser", "jdoe") is not an organisation's name.
  const orgs = others.filter((p) => !isRole(p) && /\p{Lu}|\s/u.test(p));
  let source: string | null = null;
  let author = person;
  if (orgs[0]) {
    const { org, role } = splitTrailingRole(orgs[0]);
    source = org;
    author ??= role;
  }
  author ??= roles[0] ?? (parts.length === 0 ? nameFromAddress(address) : null);
  source ??= domain;
  return { author, source };
}
