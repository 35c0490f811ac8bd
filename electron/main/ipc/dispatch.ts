/**
 * The single entry point for calls from a renderer: checks the channel exists, validates
 * the arguments against the contract (before any handler runs), and answers with an
 * envelope so errors cross the process boundary as `{ code, message }` — never a stack.
 */
import { CuttingsError, toErrorInfo } from '../../../shared/errors';
import { contract, type Channel, type Envelope } from '../../../shared/ipc/contract';
import type { Library } from '../library';
import { gateWhileOpening } from './early';
import { createHandlers, type Handlers } from './handlers';
import { headlessShell, memorySettings, noRecovery, noRestore, type Services } from './services';

export type Dispatch = (channel: string, args: unknown) => Promise<Envelope<unknown>>;

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

/**
 * A dispatcher over the real handlers of a library. The app passes its Electron-backed
 * services; without them (UI tests) dialogs and settings are headless.
 */
export function createDispatcher(library: Library | null, services: Partial<Services> = {}): Dispatch {
  const current =
    services.library ??
    ((): Library => {
      if (!library) throw new CuttingsError('internal', 'No archive is open.');
      return library;
    });
  const dispatch = dispatcherFor(
    createHandlers({
      library: current,
      version: services.version ?? '0.0.0',
      shell: services.shell ?? headlessShell(current),
      settings: services.settings ?? memorySettings(current),
      backups: services.backups ?? noRestore,
      recovery: services.recovery ?? noRecovery,
      indexing: services.indexing ?? ((): null => null),
      emit: services.emit ?? ((): void => undefined),
      team: services.team,
    }),
  );
  return services.opening ? gateWhileOpening(dispatch, services.opening, services.version ?? '0.0.0') : dispatch;
}

export function dispatcherFor(handlers: Handlers): Dispatch {
  return async (channel, args) => {
    try {
      if (!isChannel(channel)) throw new CuttingsError('usage', `Unknown request "${channel}".`);
      const parsed = contract[channel].args.safeParse(args ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue?.path.join('.') ?? '';
        const message = issue?.message ?? 'bad arguments';
        throw new CuttingsError('usage', `Invalid request: ${path ? `${path}: ` : ''}${message}.`, {
          field: path ? { path, message } : undefined,
        });
      }
      const handler = handlers[channel] as (a: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      return { ok: false, error: toErrorInfo(err) };
    }
  };
}
