/**
 * Which team an archive is shared with: `ARCHIVE/sync/team.json` (the database's address, the
 * user, this computer's name; never the password, which is in the keychain). It belongs to
 * the archive, not to the app, because the sync state beside it does.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../archive/durable-fs';
import { errnoCode, ioError } from '../archive/io-errors';
import { SYNC_STATE_FILE } from '../archive/layout';

const teamConfigSchema = z.object({
  format: z.literal('cuttings-team'),
  /** The database's address, without credentials (as `parseRemote` gives it). */
  address: z.string().min(1),
  user: z.string().min(1),
  device: z.string().min(1),
});
export type TeamConfig = z.infer<typeof teamConfigSchema>;

const teamFile = (archiveDir: string): string => path.join(archiveDir, path.dirname(SYNC_STATE_FILE), 'team.json');

/** The archive's team, or null when it is not shared (or the file cannot be used: then it is set up again). */
export async function loadTeam(archiveDir: string): Promise<TeamConfig | null> {
  let text: string;
  try {
    text = await readFile(teamFile(archiveDir), 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null;
    throw ioError(err, 'read the team settings');
  }
  try {
    const parsed = teamConfigSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveTeam(archiveDir: string, config: Omit<TeamConfig, 'format'>): Promise<TeamConfig> {
  const full: TeamConfig = { format: 'cuttings-team', ...config };
  try {
    await mkdir(path.dirname(teamFile(archiveDir)), { recursive: true });
    await writeFileAtomic(teamFile(archiveDir), JSON.stringify(full, null, 2));
  } catch (err) {
    throw ioError(err, 'save the team settings');
  }
  return full;
}

export async function removeTeam(archiveDir: string): Promise<void> {
  await rm(teamFile(archiveDir), { force: true }).catch((err: unknown) => {
    throw ioError(err, 'remove the team settings');
  });
}

/** The key of a password in the secret store. */
export const secretKey = (config: Pick<TeamConfig, 'address' | 'user'>): string => `couchdb ${config.user} ${config.address}`;

/** This computer's name as teammates see it. */
export const defaultDevice = (): string => os.hostname() || 'this computer';
