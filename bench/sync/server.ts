/**
 * The sync bench's server in a process of its own (so the desk's memory figures are the
 * desk's): the tests' CouchDB-protocol server (pouchdb-server's stack, in memory). Prints one
 * JSON line `{ "url": … }` once the database `press` exists (members anna and ben), and stops
 * when its standard input closes.
 */
import { startCouch } from '../../tests/main/sync/couch-server';

const couch = await startCouch();
await couch.createDb('press', ['anna', 'ben']);
process.stdout.write(`${JSON.stringify({ url: couch.url })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void couch.close().then(() => process.exit(0));
});
