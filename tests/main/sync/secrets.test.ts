/**
 * The password store behind Settings → Team: what is written is only what the keychain
 * encrypted (here a stand-in cipher; the app's is Electron's safeStorage), and a computer
 * with no keychain refuses to store it rather than keep it readable.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSecrets, type Cipher } from '../../../electron/main/sync/secrets';
import { tempDir } from '../archive/helpers';

const xor = (b: Buffer): Buffer => Buffer.from(b.map((x) => x ^ 0x5a));
const cipher = (unavailable: string | null = null): Cipher => ({
  unavailable: () => unavailable,
  encrypt: (value) => xor(Buffer.from(value, 'utf8')),
  decrypt: (data) => xor(data).toString('utf8'),
});

describe('the team password store', () => {
  it('keeps only encrypted values, reads them back, forgets them', async () => {
    const work = await tempDir('cuttings-secrets-');
    try {
      const file = path.join(work.dir, 'settings', 'team-passwords.json');
      const store = fileSecrets(file, cipher());
      await store.set('couchdb anna https://couch.example.org/press', 'correct horse');
      expect(await readFile(file, 'utf8')).not.toContain('correct horse');
      expect(await fileSecrets(file, cipher()).get('couchdb anna https://couch.example.org/press')).toBe('correct horse');
      await store.delete('couchdb anna https://couch.example.org/press');
      expect(await store.get('couchdb anna https://couch.example.org/press')).toBeNull();
    } finally {
      await work.cleanup();
    }
  });

  it('with no keychain, refuses to store the password and says why', async () => {
    const work = await tempDir('cuttings-secrets-');
    try {
      const store = fileSecrets(path.join(work.dir, 'p.json'), cipher('no keyring (GNOME Keyring or KWallet) is running'));
      await expect(store.set('k', 'secret')).rejects.toMatchObject({ code: 'usage', message: expect.stringContaining('cannot be stored safely on this computer: no keyring') });
      expect(await store.get('k')).toBeNull();
    } finally {
      await work.cleanup();
    }
  });
});
