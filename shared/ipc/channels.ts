/**
 * Channel and event names without their schemas, for the preload (which must stay small
 * and not bundle zod). Compile-time checks below keep both lists complete: a channel of the
 * contract or an event of `Events` missing here is a type error.
 */
import type { Channel, EventName } from './contract';

export const CHANNELS = [
  'app.info',
  'backups.list',
  'backups.create',
  'backups.restore',
  'clippings.importText',
  'clippings.reviewText',
  'clippings.list',
  'clippings.get',
  'clippings.summaries',
  'clippings.links',
  'clippings.article',
  'clippings.tag',
  'clippings.trash',
  'clippings.restore',
  'search.query',
  'tags.list',
  'clippings.update',
  'clippings.importUrl',
  'clippings.importFiles',
  'clippings.importFolder',
  'clippings.emptyTrash',
  'tags.rename',
  'tags.merge',
  'tags.setColor',
  'tags.delete',
  'dossier.export',
  'dossier.preview',
  'searches.list',
  'searches.save',
  'searches.delete',
  'dossiers.list',
  'dossiers.save',
  'dossiers.delete',
  'tasks.cancel',
  'settings.get',
  'settings.update',
  'settings.chooseArchive',
  'settings.setLogo',
  'app.revealArchive',
  'recovery.state',
  'recovery.backups',
  'recovery.restore',
  'recovery.repair',
  'recovery.openOther',
  'print.preview',
  'print.import',
  'print.publications',
  'ocr.languages',
  'ocr.addLanguage',
  'ocr.removeLanguage',
  'team.status',
  'team.setup',
  'team.syncNow',
  'team.stop',
  'team.history',
] as const satisfies readonly Channel[];

// Fails to compile when a contract channel is missing from CHANNELS.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const exhaustive: Missing extends never ? true : Missing = true;
void exhaustive;

export const EVENTS = ['archive.changed', 'task.progress', 'clipper.clipped', 'archive.switched', 'menu.command', 'team.status'] as const satisfies readonly EventName[];

// Fails to compile when an event of `Events` is missing from EVENTS (the preload would refuse it).
type MissingEvent = Exclude<EventName, (typeof EVENTS)[number]>;
const allEvents: MissingEvent extends never ? true : MissingEvent = true;
void allEvents;

/** The IPC channel name that carries an event. */
export const eventChannel = (name: EventName): string => `event:${name}`;
