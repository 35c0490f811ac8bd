/**
 * Entity precision and recall on the hand-labelled sample (tests/fixtures/entities-sample.json):
 * 40 clippings of the wire corpus in many languages. A label "A|B" accepts either form.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Entities } from '../../shared/clipping';

export const KINDS = ['people', 'places', 'organisations'] as const;
type Kind = (typeof KINDS)[number];
type Labels = Record<Kind, string[]>;

export interface EntityTally {
  returned: number;
  returnedRight: number;
  labelled: number;
  labelledFound: number;
  /** Names returned that are not labelled, as "clipping: kind: name" (to read, not to tune the held-out sets on). */
  wrong: string[];
}

export function loadEntitySample(root: string): Map<string, Labels> {
  const file = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/entities-sample.json'), 'utf8')) as {
    clippings: Record<string, Labels>;
  };
  return new Map(Object.entries(file.clippings));
}

/** Adds one clipping's entities to the tally, per kind and over all kinds (key "all"). */
export function scoreEntities(tally: Map<string, EntityTally>, name: string, got: Entities, labels: Labels): void {
  for (const kind of KINDS) {
    const accepted = labels[kind].map((l) => l.split('|'));
    for (const key of [kind, 'all']) {
      const t = tally.get(key) ?? { returned: 0, returnedRight: 0, labelled: 0, labelledFound: 0, wrong: [] };
      for (const n of got[kind]) {
        t.returned++;
        if (accepted.some((forms) => forms.includes(n))) t.returnedRight++;
        else if (key === 'all') t.wrong.push(`${name}: ${kind}: ${n}`);
      }
      for (const forms of accepted) {
        t.labelled++;
        if (forms.some((f) => got[kind].includes(f))) t.labelledFound++;
      }
      tally.set(key, t);
    }
  }
}
