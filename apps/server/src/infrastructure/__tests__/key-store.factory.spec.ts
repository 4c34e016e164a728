import { MongoServerSelectionError } from 'mongodb';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config/app-config.js';
import { createKeyStore } from '../key-store.factory.js';

describe('createKeyStore', () => {
  let dataDir: string;
  const masterKey = Buffer.alloc(32, 3).toString('base64');
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'dossier-key-factory-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps the keys in DATA_DIR/keys.db by default', async () => {
    const keys = await createKeyStore(loadConfig({ DATA_DIR: dataDir, DATA_KEY_ENCRYPTION_KEY: masterKey }));
    expect(await keys.keyFor('c1')).toHaveLength(32);
    await keys.close();
    expect(existsSync(join(dataDir, 'keys.db'))).toBe(true);
  });

  it('with KEY_STORE=mongodb goes to MongoDB and fails when it is unreachable, never falling back to a host-local file', async () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      DATA_KEY_ENCRYPTION_KEY: masterKey,
      KEY_STORE: 'mongodb',
      MONGODB_URI: 'mongodb://127.0.0.1:9/?serverSelectionTimeoutMS=300',
    });
    await expect(createKeyStore(config)).rejects.toThrow(MongoServerSelectionError);
    expect(existsSync(join(dataDir, 'keys.db'))).toBe(false);
  });
});
