/**
 * The archive: a folder the user owns, holding a durable lowdb catalogue and one folder of
 * files per clipping. See README.md for the layout and the guarantees.
 */
export { openArchive } from './open';
export { DamagedArchiveError } from './damage';
export type { Archive, AddResult, ChangeListener, MaintenanceReport, OpenOptions } from './types';
