/**
 * Sharing the archive with a team (Settings → Team, `electron/main/sync`): what the window
 * sends to set it up, and what main reports about it. One schema, types derived from it.
 */
import { z } from 'zod';

/** Settings → Team's form. The password goes to the OS keychain, never to a settings file. */
export const teamSetupSchema = z.object({
  /** The CouchDB server, as in https://couch.example.org (plain http only to this computer). */
  server: z.string().trim().min(1, 'enter the server’s address').max(2000),
  database: z
    .string()
    .trim()
    .min(1, 'enter the name of the team’s database')
    .max(238)
    .regex(/^[a-z][a-z0-9_$()+-]*$/, 'a database name is lower case: letters, digits and _$()+-, starting with a letter'),
  user: z.string().trim().min(1, 'enter your user name on the server').max(200),
  password: z.string().min(1, 'enter your password').max(1000),
  /** How teammates see this computer in “changed on … at …” (empty: the computer's name). */
  device: z.string().trim().max(100, 'a computer’s name is at most 100 characters').optional(),
});
export type TeamSetup = z.infer<typeof teamSetupSchema>;

/** Where sharing stands. */
export type TeamState = 'off' | 'waiting' | 'syncing' | 'synced' | 'offline' | 'error';

export interface TeamView {
  state: TeamState;
  /** The database's address (no credentials), or null when the archive is not shared. */
  address: string | null;
  user: string | null;
  /** Who this computer is in “changed on … at …”. */
  device: string;
  /** The status in words: what happened last, what happens next. */
  message: string;
  /** When the last sync that completed ended (ISO), or null. */
  lastSync: string | null;
  /** Changes made here since the last sync (clippings, tags, searches, dossiers). */
  pending: number;
  /** While a sync runs: its phase and how far it is. */
  progress: { phase: 'receive' | 'send'; done: number; total: number } | null;
}

/** A value a merge replaced on a shared clipping, as Details shows it. */
export interface ReplacedValue {
  /** The field (`title`, `notes`, `entities.people`…). */
  field: string;
  /** The value that lost, as text (empty when it was empty). */
  value: string;
  /** The desk that wrote it, and when. */
  by: string;
  at: string;
  /** The desk whose edit was kept, and when the merge happened. */
  replacedBy: string;
  replacedAt: string;
}

/** Who changed a shared clipping last, and what merges replaced (null: never synced). */
export interface ClippingHistory {
  editedBy: string | null;
  editedAt: string | null;
  replaced: ReplacedValue[];
}
