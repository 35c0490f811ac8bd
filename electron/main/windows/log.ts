/** The error log a user can find (Help → Show Error Log): userData/logs/cuttings.log. */
import { app } from 'electron';
import { appendFileSync, mkdirSync } from 'node:fs';
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
