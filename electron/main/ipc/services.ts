/**
 * What the handlers need besides the Library: the parts that differ between the desktop app
 * (dialogs, the OS shell, settings on disk, the clipper) and a headless run (the UI tests,
 * where there is no Electron). The app passes Electron-backed services; tests get the
 * headless ones below, which never touch anything but the archive folder.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CuttingsError } from '../../../shared/errors';
import type { BackupCensus, RecoveryView, RepairResult, RestoreResult } from '../../../shared/backups';
import type { EventName, Events } from '../../../shared/ipc/contract';
import { DEFAULT_CLIPPER_PORT, type SettingsUpdate, type SettingsView } from '../../../shared/settings';

export type { Events };
import type { Library } from '../library';
import type { Opening } from './early';
import type { TeamService } from '../sync/team-sync';

/** Dialogs and the operating system's shell. */
export interface Shell {
  chooseFolder(title: string): Promise<string | null>;
  /** Where to save a file; null when the user cancelled. */
  chooseSavePath(defaultName: string): Promise<string | null>;
  openPath(file: string): Promise<void>;
  printPdf(file: string): Promise<void>;
  reveal(target: string): Promise<void>;
}

export interface SettingsService {
  view(): SettingsView;
  update(patch: SettingsUpdate): Promise<SettingsView>;
  /** Asks for a folder and switches to the archive there; null when cancelled. */
  chooseArchive(): Promise<SettingsView | null>;
  /** Keeps the organisation's logo (PNG or JPEG bytes) for dossier covers, or forgets it (null). */
  setLogo(data: Uint8Array | null): Promise<SettingsView>;
  /** The organisation dossier covers name, and the file of its logo. */
  organisation(): { name: string | null; logo: string | null };
}

/** Putting a backup back: the app closes the archive, restores, and opens it again. */
export interface RestoreService {
  restore(name: string): Promise<RestoreResult>;
}

/** The recovery screen's actions, on an archive the app could not open (see session/recovery.ts). */
export interface RecoveryService {
  state(): RecoveryView | null;
  backups(): Promise<BackupCensus[]>;
  restore(name: string): Promise<RestoreResult>;
  repair(): Promise<RepairResult>;
  openOther(): Promise<{ archiveDir: string } | null>;
}

export interface Services {
  /** The open library (it may change when the user switches archives). */
  library(): Library;
  version: string;
  shell: Shell;
  settings: SettingsService;
  backups: RestoreService;
  recovery: RecoveryService;
  /** How far a background rebuild of the search index has got, or null. */
  indexing(): { done: number; total: number } | null;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  /** While the archive is being opened: early answers from its index (ipc/early.ts), else null. */
  opening?: () => Opening | null;
  /** Sharing with a team (the app's session runs the sync loop); {@link noTeam} without it. */
  team?: TeamService;
}

/** A shell for runs without a desktop: saves land in the archive's `exports/` folder. */
export function headlessShell(library: () => Library): Shell {
  return {
    chooseFolder: async () => null,
    chooseSavePath: async (name) => {
      const dir = path.join(library().dir, 'exports');
      await mkdir(dir, { recursive: true });
      return path.join(dir, name);
    },
    openPath: async () => undefined,
    printPdf: async () => {
      throw new CuttingsError('usage', 'Printing needs the desktop app.');
    },
    reveal: async () => undefined,
  };
}

/** Settings held in memory (the UI tests), with the clipper off. */
export function memorySettings(library: () => Library): SettingsService {
  const state: Pick<SettingsView, 'theme' | 'paper'> = { theme: 'system', paper: 'A4' };
  let organisation: string | null = null;
  const view = (): SettingsView => ({
    archiveDir: library().dir,
    ...state,
    clipper: { enabled: false, port: DEFAULT_CLIPPER_PORT, running: false, error: null, bookmarklet: null },
    organisation: { name: organisation, logo: null },
    warning: null,
  });
  return {
    view,
    update: async (patch) => {
      if (patch.theme) state.theme = patch.theme;
      if (patch.paper) state.paper = patch.paper;
      if (patch.organisation !== undefined) organisation = patch.organisation || null;
      if (patch.clipperEnabled) throw new CuttingsError('usage', 'The browser clipper needs the desktop app.');
      return view();
    },
    chooseArchive: async () => null,
    setLogo: async () => {
      throw new CuttingsError('usage', 'A logo is kept by the desktop app.');
    },
    organisation: () => ({ name: organisation, logo: null }),
  };
}

/** Without the app's session there is no archive to close and reopen. */
export const noRestore: RestoreService = {
  restore: async () => {
    throw new CuttingsError('usage', 'Restoring a backup needs the app’s session (it closes and reopens the archive).');
  },
};

/** Without the app's session the archive is always open: there is nothing to recover. */
export const noRecovery: RecoveryService = {
  state: () => null,
  backups: async () => [],
  restore: async () => {
    throw new CuttingsError('usage', 'The archive is open; there is nothing to recover.');
  },
  repair: async () => {
    throw new CuttingsError('usage', 'The archive is open; there is nothing to recover.');
  },
  openOther: async () => null,
};

/** Without the app's session there is no sync loop: the archive is shown as not shared. */
export const noTeam: TeamService = {
  view: () => ({ state: 'off', address: null, user: null, device: '', message: 'Sharing needs the app’s session.', lastSync: null, pending: 0, progress: null }),
  setup: async () => {
    throw new CuttingsError('usage', 'Sharing with a team needs the app’s session.');
  },
  syncNow: async () => {
    throw new CuttingsError('usage', 'Sharing with a team needs the app’s session.');
  },
  stop: async () => noTeam.view(),
};
