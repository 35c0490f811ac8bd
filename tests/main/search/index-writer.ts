/**
 * One of the processes of two-processes.test.ts: opens the shared index file, says `ready`,
 * waits for `go` on stdin, then writes its clippings one transaction at a time (as the app
 * does on each import), removing every fifth again, and says `done`.
 *   node --import tsx index-writer.ts FILE NAME COUNT HOT_WORD_DOCS
 */
import { openSearchIndex } from '../../../electron/main/search/index';
import { doc } from './helpers';

const [file, name, count, hotWordDocs] = process.argv.slice(2) as [string, string, string, string];
const index = openSearchIndex(file, { hotWordDocs: Number(hotWordDocs) });
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  for (let i = 0; i < Number(count); i++) {
    const id = `${name}-${i}`;
    index.upsert([doc({ id, title: `common ${name} story ${i}`, text: `shared words and ${name}only text` })]);
    if (i % 5 === 4) index.remove([`${name}-${i - 2}`]);
  }
  index.close();
  process.stdout.write('done\n');
  process.exit(0);
});
