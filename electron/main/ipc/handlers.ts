/**
 * One handler per contract channel, each a plain call into the Library or a service. The
 * type makes the compiler insist that every channel has a handler with the contract's
 * argument and result types. Pure: the UI tests run these in Node against a real archive.
 */
import { CLIPPING_FILES_BASE } from '../../../shared/archive-url';
import { fileSlug } from '../../../shared/file-name';
import { backupArchive, listBackups } from '../archive';
import type { Channel, ParsedArgsOf, ResultOf } from '../../../shared/ipc/contract';
import type { DossierChoice } from '../library';
import { clippingHistory } from '../sync/history';
import { noTeam, type Services } from './services';
import { printHandlers } from './print-handlers';
import { TaskRunner } from './tasks';

export type Handlers = {
  [C in Channel]: (args: ParsedArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C>;
};

export function createHandlers(services: Services): Handlers {
  const lib = (): ReturnType<Services['library']> => services.library();
  const tasks = new TaskRunner(services.emit);
  const team = services.team ?? noTeam;
  /** A dossier request as the library reads it: the app's paper, organisation and logo unless the dossier chose its own. */
  const dossierChoice = (args: ParsedArgsOf<'dossier.preview'>): DossierChoice => ({
    ...args,
    defaultPaper: services.settings.view().paper,
    organisation: services.settings.organisation(),
  });

  return {
    'app.info': () => ({
      version: services.version,
      archiveDir: lib().dir,
      clippings: lib().list({ limit: 1 }).total,
      indexing: services.indexing(),
    }),
    'app.revealArchive': async () => {
      await services.shell.reveal(lib().dir);
      return { ok: true };
    },
    'clippings.importText': ({ text, html, tags, fields }) => lib().importText(text, { html, tags, fields }),
    'clippings.reviewText': ({ text, html }) => lib().reviewText(text, html),
    'clippings.importUrl': ({ url, tags }) => lib().importUrl(url, { tags }),
    'clippings.importFiles': ({ paths, tags }) =>
      tasks.run('import', (signal, progress) =>
        lib().importPaths(paths, { tags, signal, onProgress: (p) => progress(p.done + (p.fraction ?? 0), p.total, p.detail ?? p.file) }),
      ),
    'clippings.importFolder': async ({ path, tags }) => {
      const folder = path ?? (await services.shell.chooseFolder('Import a folder of articles'));
      if (!folder) return null;
      return tasks.run('import', (signal, progress) =>
        lib().importFolder(folder, { tags, signal, onProgress: (p) => progress(p.done + (p.fraction ?? 0), p.total, p.detail ?? p.file) }),
      );
    },
    'clippings.list': (args) => lib().list(args),
    'clippings.get': ({ id }) => lib().get(id),
    'clippings.summaries': ({ ids }) => ids.flatMap((id) => lib().archive.summary(id) ?? []),
    'clippings.links': ({ id }) => lib().links(id),
    'clippings.article': async ({ id }) => ({ html: await lib().articleHtml(id, CLIPPING_FILES_BASE) }),
    'clippings.update': ({ id, patch, origins }) => lib().update(id, patch, origins),
    'clippings.tag': async ({ ids, add, remove }) => ({ updated: await lib().tag(ids, add, remove) }),
    'clippings.trash': async ({ ids }) => ({ trashed: await lib().trash(ids) }),
    'clippings.restore': async ({ ids }) => ({ restored: await lib().restore(ids) }),
    'clippings.emptyTrash': async () => ({ deleted: await lib().emptyTrash() }),
    'search.query': ({ q, ...options }) => lib().search(q, options),
    'tags.list': () => lib().tags(),
    'tags.rename': async ({ from, to }) => ({ updated: await lib().renameTag(from, to) }),
    'tags.merge': async ({ sources, target }) => ({ updated: await lib().mergeTags(sources, target) }),
    'tags.setColor': async ({ name, color }) => {
      await lib().setTagColor(name, color);
      return { ok: true };
    },
    'tags.delete': async ({ name }) => ({ updated: await lib().deleteTag(name) }),
    'searches.list': () => lib().savedSearches(),
    'searches.save': ({ name, query }) => lib().saveSearch(name, query),
    'searches.delete': async ({ id }) => ({ deleted: await lib().deleteSearch(id) }),
    'dossiers.list': () => lib().savedDossiers(),
    'dossiers.save': (input) => lib().saveDossier(input),
    'dossiers.delete': async ({ id }) => ({ deleted: await lib().deleteDossier(id) }),
    'dossier.export': async ({ then, ...args }) => {
      const choice = dossierChoice(args);
      const { title } = lib().resolveDossier(choice).spec;
      const outFile = await services.shell.chooseSavePath(`${fileSlug(title)}.pdf`);
      if (!outFile) return null;
      const result = await tasks.run('dossier', (signal, progress) =>
        lib().exportDossier({ ...choice, outFile, signal, onProgress: (done, total) => progress(done, total, title) }),
      );
      if (then === 'open') await services.shell.openPath(result.file);
      if (then === 'print') await services.shell.printPdf(result.file);
      return result;
    },
    'dossier.preview': (args) => lib().previewDossier(dossierChoice(args)),
    'tasks.cancel': ({ task }) => ({ cancelled: tasks.cancel(task) }),
    'backups.list': () => listBackups(lib().dir),
    'backups.create': () => backupArchive(lib().dir),
    'backups.restore': ({ name }) => services.backups.restore(name),
    'recovery.state': () => services.recovery.state(),
    'recovery.backups': () => services.recovery.backups(),
    'recovery.restore': ({ name }) => services.recovery.restore(name),
    'recovery.repair': () => services.recovery.repair(),
    'recovery.openOther': () => services.recovery.openOther(),
    'settings.get': () => services.settings.view(),
    'settings.update': (patch) => services.settings.update(patch),
    'settings.chooseArchive': () => services.settings.chooseArchive(),
    'settings.setLogo': ({ data }) => services.settings.setLogo(data === null ? null : Buffer.from(data, 'base64')),
    'team.status': () => team.view(),
    'team.setup': (input) => team.setup(input),
    'team.syncNow': () => team.syncNow(),
    'team.stop': () => team.stop(),
    'team.history': ({ id }) => clippingHistory(lib().dir, id),
    ...printHandlers(lib, tasks),
  };
}
