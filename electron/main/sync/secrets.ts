/**
 * Where Settings → Team keeps the password: a small store the sync loop is given. In the app
 * it is a file of values encrypted by the operating system's keychain (Electron's
 * `safeStorage`, wired in `windows/keychain.ts`); the core only sees this interface, so Node
 * tests run the loop with a store in memory. No value is ever written in clear.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CuttingsError } from '../../../shared/errors';
import { writeFileAtomic } from '../archive/durable-fs';
import { errnoCode, ioError } from '../archive/io-errors';

export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Encryption by the operating system (safeStorage), as the file store needs it. */
export interface Cipher {
  /** Why values cannot be encrypted safely here (no keychain), or null when they can. */
  unavailable(): string | null;
  encrypt(value: string): Buffer;
  decrypt(data: Buffer): string;
}

/** Values kept for this run of the program only (the UI tests; a session given no keychain). */
export function memorySecrets(): SecretStore {
  const values = new Map<string, string>();
  return {
    get: async (key) => values.get(key) ?? null,
    set: async (key, value) => void values.set(key, value),
    delete: async (key) => void values.delete(key),
  };
}

/** Values encrypted by `cipher`, kept base64 in the JSON file `file` (beside the app's settings). */
export function fileSecrets(file: string, cipher: Cipher): SecretStore {
  const read = async (): Promise<Record<string, string>> => {
    try {
      const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch (err) {
      if (errnoCode(err) === 'ENOENT' || err instanceof SyntaxError) return {};
      throw ioError(err, 'read the stored passwords');
    }
  };
  const write = async (values: Record<string, string>): Promise<void> => {
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, JSON.stringify(values));
    } catch (err) {
      throw ioError(err, 'store the password');
    }
  };
  return {
    get: async (key) => {
      const stored = (await read())[key];
      if (typeof stored !== 'string' || cipher.unavailable()) return null;
      try {
        return cipher.decrypt(Buffer.from(stored, 'base64'));
      } catch {
        return null; // another user's or machine's keychain: asked for again
      }
    },
    set: async (key, value) => {
      const why = cipher.unavailable();
      if (why) throw new CuttingsError('usage', `The password cannot be stored safely on this computer: ${why}. Sharing from a terminal (cuttings sync, password in $CUTTINGS_SYNC_PASSWORD) still works.`);
      await write({ ...(await read()), [key]: cipher.encrypt(value).toString('base64') });
    },
    delete: async (key) => {
      const values = await read();
      if (!(key in values)) return;
      delete values[key];
      await write(values);
    },
  };
}
