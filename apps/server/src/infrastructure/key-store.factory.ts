import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { resolveMasterKey, SqliteKeyStore, type KeyStore } from '#privacy';
import type { AppConfig } from '../config/app-config.js';

/** The per-customer data keys (DATA_DIR/keys.db), wrapped with the master key (DATA_KEY_ENCRYPTION_KEY). */
export function createKeyStore(config: AppConfig): KeyStore {
  mkdirSync(config.dataDir, { recursive: true });
  return new SqliteKeyStore(join(config.dataDir, 'keys.db'), resolveMasterKey(config.dataKeyEncryptionKey, config.dataDir, config.production));
}
