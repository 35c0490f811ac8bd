/**
 * Small edits to a query string: the facet sidebar and the entity chips narrow a search
 * by appending field filters (`tag:ukraine`, `source:"The Sun News"`) and widen it by
 * removing them again.
 */

/** The query fields the sidebar and the reader know how to add. */
export type FilterField = 'tag' | 'source' | 'person' | 'place' | 'org' | 'on' | 'author';

/** `tag:ukraine`, or `source:"The Sun News"` when the value needs quoting. */
export function filterToken(field: FilterField, value: string): string {
  const clean = value.replace(/"/g, '').trim();
  return /[\s():]/.test(clean) ? `${field}:"${clean}"` : `${field}:${clean}`;
}

function tokenPattern(token: string): RegExp {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|\\s)${escaped}(?=\\s|$)`, 'i');
}

/** True when the query already holds this exact filter. */
export function hasToken(query: string, token: string): boolean {
  return tokenPattern(token).test(query);
}

/** Adds the filter when absent, removes it when present. */
export function toggleToken(query: string, token: string): string {
  if (hasToken(query, token)) return query.replace(tokenPattern(token), ' ').replace(/\s+/g, ' ').trim();
  const base = query.trim();
  return base ? `${base} ${token}` : token;
}

/**
 * Turns a free-form name into something the tag schema accepts (no spaces or commas):
 * "Dmitry Peskov" → "dmitry-peskov".
 */
export function toTagName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s,]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 64);
}

/** Splits what a person typed into the tag box ("a, b c") into tag names. */
export function splitTags(input: string): string[] {
  return [...new Set(input.split(/[\s,]+/).map((t) => t.trim()).filter((t) => t.length > 0))];
}

/** Fields whose values the query bar can complete. */
export type CompletableField = 'tag' | 'source' | 'person' | 'place' | 'org';

/**
 * Whole-query completions for a field filter being typed at the end of the query:
 * `peskov tag:uk` → `peskov tag:ukraine`, … (offered through a `<datalist>`, which
 * matches on the whole value). Empty when the last word is not a field filter.
 */
export function completions(query: string, values: Partial<Record<CompletableField, string[]>>, limit = 12): string[] {
  const match = /(^|\s)(tag|source|person|place|org):"?([^"]*)$/i.exec(query);
  if (!match) return [];
  const field = (match[2] as string).toLowerCase() as CompletableField;
  const typed = (match[3] as string).toLowerCase();
  const head = query.slice(0, match.index + (match[1] as string).length);
  return (values[field] ?? [])
    .filter((v) => v.toLowerCase().startsWith(typed) || v.toLowerCase().includes(` ${typed}`))
    .slice(0, limit)
    .map((v) => `${head}${filterToken(field, v)}`);
}
