import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key that wraps every customer data key: DATA_KEY_ENCRYPTION_KEY (base64, 32 bytes) when set;
 * outside production a random key kept in DATA_DIR/.master-key. Never logged.
 */
export function resolveMasterKey(fromEnv: string | undefined, dataDir: string, production: boolean): Buffer {
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length !== 32) throw new Error('DATA_KEY_ENCRYPTION_KEY must be 32 bytes, base64-encoded');
    return key;
  }
  if (production) throw new Error('DATA_KEY_ENCRYPTION_KEY is required in production');
  const file = join(dataDir, '.master-key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  return key;
}
