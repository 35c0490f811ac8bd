/** Every CLI command, in the order `cuttings --help` lists them. */
import type { Command } from '../command';
import { backupCommand, checkCommand, exportCommand, importArchiveCommand, repairCommand, restoreCommand } from './archive-care';
import { dossierCommand } from './dossier';
import { importCommand } from './import';
import { listCommand } from './list';
import { reindexCommand } from './reindex';
import { searchCommand } from './search';
import { dossiersCommand, searchesCommand } from './saved';
import { showCommand } from './show';
import { syncCommand } from './sync';
import { tagCommand } from './tag';
import { trashCommand, untrashCommand } from './trash';

export const COMMANDS: Command[] = [
  importCommand,
  searchCommand,
  searchesCommand,
  listCommand,
  showCommand,
  tagCommand,
  dossierCommand,
  dossiersCommand,
  trashCommand,
  untrashCommand,
  reindexCommand,
  backupCommand,
  restoreCommand,
  repairCommand,
  checkCommand,
  exportCommand,
  importArchiveCommand,
  syncCommand,
];
