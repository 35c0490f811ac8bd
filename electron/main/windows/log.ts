/** The error log a user can find (Help → Show Error Log): userData/logs/cuttings.log. */
import { app } from 'electron';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function logFile(): string {
  return path.join(app.getPath('userData'), 'logs', 'cuttings.log');
}

export function logError(context: string, err: unknown): void {
  try {
    mkdirSync(path.dirname(logFile()), { recursive: true });
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    appendFileSync(logFile(), `${new Date().toISOString()} ${context}: ${detail}\n`);
  } catch {
    // Logging must never take the app down.
  }
}

/** The log file, created (empty) when nothing was logged yet, so "Show Error Log" has a file to show. */
export function ensureLogFile(): string {
  const file = logFile();
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file)) writeFileSync(file, '');
  } catch {
    // The folder is shown all the same.
  }
  return file;
}
