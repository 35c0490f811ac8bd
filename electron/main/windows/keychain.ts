/**
 * The OS keychain for Settings → Team's password: Electron's `safeStorage` (Keychain on macOS,
 * DPAPI on Windows, the Secret Service or KWallet on Linux) encrypts it, and the pure core's
 * file store (sync/secrets.ts) keeps only what it encrypted. Where Linux has no keyring,
 * safeStorage would fall back to a fixed key: that is refused rather than called safe.
 */
import { safeStorage } from 'electron';
import { fileSecrets, type SecretStore } from '../sync/secrets';

export function keychainSecrets(file: string): SecretStore {
  return fileSecrets(file, {
    unavailable: () => {
      if (!safeStorage.isEncryptionAvailable()) return 'the operating system offers no keychain to Cuttings';
      if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
        return 'no keyring (GNOME Keyring or KWallet) is running';
      return null;
    },
    encrypt: (value) => safeStorage.encryptString(value),
    decrypt: (data) => safeStorage.decryptString(data),
  });
}
