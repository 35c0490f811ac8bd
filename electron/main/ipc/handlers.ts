/**
 * One handler per contract channel, each a plain call into the Library. The type makes
 * the compiler insist that every channel has a handler with the contract's argument and
 * result types. Pure: the UI tests run these in Node against a real archive.
 */
import type { Channel, ParsedArgsOf, ResultOf } from '../../../shared/ipc/contract';
import type { Library } from '../library';

export type Handlers = {
  [C in Channel]: (args: ParsedArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C>;
};

export function createHandlers(library: Library, appVersion = '0.0.0'): Handlers {
  return {
    'app.info': () => ({
      version: appVersion,
      archiveDir: library.dir,
      clippings: library.list({ limit: 1 }).total,
    }),
    'clippings.importText': ({ text, html, tags }) => library.importText(text, { html, tags }),
    'clippings.list': (args) => library.list(args),
    'clippings.get': ({ id }) => library.get(id),
    'clippings.tag': async ({ ids, add, remove }) => ({ updated: await library.tag(ids, add, remove) }),
    'clippings.trash': async ({ ids }) => ({ trashed: await library.trash(ids) }),
    'clippings.restore': async ({ ids }) => ({ restored: await library.restore(ids) }),
    'search.query': ({ q, ...options }) => library.search(q, options),
    'tags.list': () => library.tags(),
  };
}
