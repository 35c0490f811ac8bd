/**
 * Sync: the archive replicated through a CouchDB server (see README.md and docs/team.md).
 * Pure Node: the app, the command line and the tests run the same code.
 */
export { syncArchive, type SyncReport } from './engine';
export { parseRemote } from './remote';
