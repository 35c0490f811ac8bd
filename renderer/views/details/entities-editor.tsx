/**
 * People, places and organisations named in the article: a click on one searches for it,
 * × removes it (with Undo), typing adds one. Each group is the one chip editor.
 */
import type { ReactElement } from 'react';
import type { Clipping, Entities } from '../../../shared/clipping';
import { ChipEditor } from '../../components/chip-editor';
import { useToasts } from '../../components/toasts';
import { errorText } from '../../lib/errors';
import { filterToken, type FilterField } from '../../lib/query';

const GROUPS: Array<{ key: keyof Entities; title: string; one: string; field: FilterField }> = [
  { key: 'people', title: 'People', one: 'person', field: 'person' },
  { key: 'places', title: 'Places', one: 'place', field: 'place' },
  { key: 'organisations', title: 'Organisations', one: 'organisation', field: 'org' },
];

/** One name, spaces tidied; refused when the group already lists it (in any case). */
function parseName(typed: string, values: string[]): string[] | string {
  const value = typed.trim().replace(/\s+/g, ' ');
  if (!value) return [];
  if (values.some((v) => v.toLowerCase() === value.toLowerCase())) return `${value} is already listed.`;
  return [value];
}

export function EntitiesEditor({
  clipping: c,
  onFilter,
}: {
  clipping: Clipping;
  onFilter(token: string): void;
}): ReactElement {
  const toasts = useToasts();
  const save = async (entities: Entities): Promise<void> => {
    await window.cuttings.clippings.update({ id: c.id, patch: { entities } });
  };
  const remove = async (g: (typeof GROUPS)[number], value: string): Promise<void> => {
    const before = c.entities;
    await save({ ...before, [g.key]: before[g.key].filter((v) => v !== value) });
    const undo = async (): Promise<void> => {
      try {
        await save(before);
      } catch (err) {
        toasts.notify({ tone: 'error', message: errorText(err) });
      }
    };
    toasts.notify({
      message: `Removed ${value} from ${g.title.toLowerCase()}.`,
      action: { label: 'Undo', run: undo },
    });
  };
  return (
    <section className="reader-section entities" aria-labelledby="entities-heading">
      <h2 id="entities-heading">Named in the article</h2>
      {GROUPS.map((g) => (
        <div key={g.key} className="entity-group">
          <h3 id={`entities-${g.field}`} className="entity-title">
            {g.title}
          </h3>
          <ChipEditor
            className="entity-body"
            values={c.entities[g.key]}
            labelledBy={`entities-${g.field}`}
            label={`Add a ${g.one}`}
            placeholder={`Add ${g.one}…`}
            removeLabel={(v) => `Remove ${g.one} ${v}`}
            parse={parseName}
            onAdd={(values) => save({ ...c.entities, [g.key]: [...c.entities[g.key], ...values] })}
            onRemove={(value) => remove(g, value)}
            chip={(v) => (
              <button
                type="button"
                className="chip-name chip-link"
                title={`Search for ${filterToken(g.field, v)}`}
                onClick={() => onFilter(filterToken(g.field, v))}
              >
                <bdi>{v}</bdi>
              </button>
            )}
          />
        </div>
      ))}
    </section>
  );
}
