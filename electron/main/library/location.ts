/**
 * Where the archive lives when nobody says otherwise. The app and the CLI agree on this:
 * `$CUTTINGS_ARCHIVE` if set, else `~/Documents/Cuttings` (or `~/Cuttings` where there is
 * no Documents folder).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function defaultArchiveDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CUTTINGS_ARCHIVE?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  const home = os.homedir();
  const documents = path.join(home, 'Documents');
  return existsSync(documents) ? path.join(documents, 'Cuttings') : path.join(home, 'Cuttings');
}
