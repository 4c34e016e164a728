import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { connectMongoKeyStore, resolveMasterKey, SqliteKeyStore, type KeyStore } from '#privacy';
import type { AppConfig } from '../config/app-config.js';

/**
 * The per-customer data keys, wrapped with the master key (DATA_KEY_ENCRYPTION_KEY), by KEY_STORE:
 * this host's DATA_DIR/keys.db, or MongoDB shared by every host.
 */
export async function createKeyStore(config: AppConfig): Promise<KeyStore> {
  const masterKey = resolveMasterKey(config.dataKeyEncryptionKey, config.dataDir, config.production);
  if (config.keyStore === 'mongodb') return connectMongoKeyStore(config.mongodbUri as string, config.keyStoreMongodbDb, masterKey);
  mkdirSync(config.dataDir, { recursive: true });
  return new SqliteKeyStore(join(config.dataDir, 'keys.db'), masterKey);
}
