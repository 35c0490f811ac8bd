/**
 * Tag edits, applied to a {@link Draft}. Tag names are trimmed with inner whitespace
 * collapsed, and unique regardless of case: the first spelling stays.
 */
import { CuttingsError } from '../../../shared/errors';
import type { Draft } from './draft';
import { cleanTagName, tagKey } from './normalise';
import type { StoredClipping, TagEntry } from './schema';

const MAX_TAG_LENGTH = 100;

/** Cleans names and rejects empty or over-long ones (before anything changes). */
export function checkTagNames(names: readonly string[]): string[] {
  return names.map((raw) => {
    const name = cleanTagName(raw);
    if (!name) throw new CuttingsError('invalid-input', 'A tag name cannot be empty.');
    if (name.length > MAX_TAG_LENGTH)
      throw new CuttingsError('invalid-input', `A tag name can have at most ${MAX_TAG_LENGTH} characters.`);
    return name;
  });
}

function findTag(d: Draft, name: string): TagEntry | undefined {
  const key = tagKey(name);
  return d.tags.find((t) => tagKey(t.name) === key);
}

function requireTag(d: Draft, name: string): TagEntry {
  const tag = findTag(d, name);
  if (!tag) throw new CuttingsError('not-found', `There is no tag named “${cleanTagName(name)}”.`);
  return tag;
}

/** The stored spelling of each name, registering new tags. Names must have been checked. */
export function resolveTags(d: Draft, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    let tag = findTag(d, name);
    if (!tag) {
      tag = { name, color: null };
      d.editTags().push(tag);
    }
    if (!out.some((n) => tagKey(n) === tagKey(tag.name))) out.push(tag.name);
  }
  return out;
}

/** Replaces a clipping's tags if they differ; returns whether it changed. */
function setTags(d: Draft, rec: StoredClipping, tags: string[]): boolean {
  if (tags.length === rec.tags.length && tags.every((t, i) => t === rec.tags[i])) return false;
  d.put({ ...rec, tags });
  return true;
}

/** Adds and removes tags on many clippings. Returns how many clippings changed. */
export function tagClippings(
  d: Draft,
  ids: readonly string[],
  add: readonly string[],
  remove: readonly string[],
): number {
  const records = d.requireAll([...new Set(ids)]);
  const adding = checkTagNames(add);
  const removing = new Set(checkTagNames(remove).map(tagKey));
  const canonical = resolveTags(
    d,
    adding.filter((n) => !removing.has(tagKey(n))),
  );
  let changed = 0;
  for (const rec of records) {
    const kept = rec.tags.filter((t) => !removing.has(tagKey(t)));
    for (const name of canonical) if (!kept.some((t) => tagKey(t) === tagKey(name))) kept.push(name);
    if (setTags(d, d.require(rec.id), kept)) changed++;
  }
  return changed;
}

export function renameTag(d: Draft, from: string, to: string): number {
  const tag = requireTag(d, from);
  const [name] = checkTagNames([to]) as [string];
  const clash = findTag(d, name);
  if (clash && clash !== tag && tagKey(clash.name) !== tagKey(tag.name)) {
    throw new CuttingsError(
      'invalid-input',
      `A tag named “${clash.name}” already exists: merge the two tags instead.`,
    );
  }
  const oldKey = tagKey(tag.name);
  const entry = d.editTags().find((t) => tagKey(t.name) === oldKey) as TagEntry;
  entry.name = name;
  let changed = 0;
  for (const rec of [...d.all()]) {
    if (!rec.tags.some((t) => tagKey(t) === oldKey)) continue;
    if (
      setTags(
        d,
        rec,
        rec.tags.map((t) => (tagKey(t) === oldKey ? name : t)),
      )
    )
      changed++;
  }
  return changed;
}

export function mergeTags(d: Draft, sources: readonly string[], target: string): number {
  const [targetName] = checkTagNames([target]) as [string];
  const sourceTags = sources.map((s) => requireTag(d, s));
  const targetKey = tagKey(targetName);
  const sourceKeys = new Set(sourceTags.map((t) => tagKey(t.name)).filter((k) => k !== targetKey));
  const existing = findTag(d, targetName);
  const color = existing?.color ?? sourceTags.find((t) => t.color)?.color ?? null;
  const [canonical] = resolveTags(d, [targetName]) as [string];
  const tags = d.editTags();
  const entry = tags.find((t) => tagKey(t.name) === targetKey) as TagEntry;
  entry.color = color;
  for (let i = tags.length - 1; i >= 0; i--)
    if (sourceKeys.has(tagKey((tags[i] as TagEntry).name))) tags.splice(i, 1);
  let changed = 0;
  for (const rec of [...d.all()]) {
    if (!rec.tags.some((t) => sourceKeys.has(tagKey(t)))) continue;
    const kept = rec.tags.filter((t) => !sourceKeys.has(tagKey(t)));
    if (!kept.some((t) => tagKey(t) === targetKey)) kept.push(canonical);
    if (setTags(d, rec, kept)) changed++;
  }
  return changed;
}

export function setTagColor(d: Draft, name: string, color: string | null): void {
  if (color !== null && !/^#[0-9a-f]{6}$/i.test(color)) {
    throw new CuttingsError(
      'invalid-input',
      `“${color}” is not a colour: use the form #rrggbb, e.g. #1f77b4.`,
    );
  }
  const key = tagKey(requireTag(d, name).name);
  const entry = d.editTags().find((t) => tagKey(t.name) === key) as TagEntry;
  entry.color = color === null ? null : color.toLowerCase();
}

export function deleteTag(d: Draft, name: string): number {
  const key = tagKey(requireTag(d, name).name);
  const tags = d.editTags();
  tags.splice(
    tags.findIndex((t) => tagKey(t.name) === key),
    1,
  );
  let changed = 0;
  for (const rec of [...d.all()]) {
    if (rec.tags.some((t) => tagKey(t) === key)) {
      if (
        setTags(
          d,
          rec,
          rec.tags.filter((t) => tagKey(t) !== key),
        )
      )
        changed++;
    }
  }
  return changed;
}
