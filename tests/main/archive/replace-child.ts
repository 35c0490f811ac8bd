/**
 * A process that restores a backup (or rebuilds the catalogue from the clipping folders) and
 * kills itself with SIGKILL right after step STEP of the replacement: what a power cut or a
 * crash at that moment leaves on disk. Bundled and run by atomic-replace.test.ts.
 *
 *   node replace-child.mjs DIR restore BACKUP-NAME STEP
 *   node replace-child.mjs DIR repair - STEP
 */
import { repairFromFolders, restoreBackup } from '../../../electron/main/archive';

const [dir, op, name, stop] = process.argv.slice(2) as [string, 'restore' | 'repair', string, string];
const onStep = (step: string): void => {
  if (step === stop) process.kill(process.pid, 'SIGKILL');
};
const done = op === 'restore' ? restoreBackup(dir, name, { onStep }) : repairFromFolders(dir, { onStep });
done.then(
  () => process.stdout.write('finished without stopping\n'),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(3);
  },
);
