import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteKeyStore } from '#privacy';
import { describeKeyStoreContract } from './key-store.contract.js';

// Two handles on one keys.db stand for two hosts only where they share one disk (SINGLE_HOST=true).
describeKeyStoreContract('SQLite (temp file)', async (masterKey) => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-keys-'));
  return {
    open: async (key = masterKey) => new SqliteKeyStore(join(dir, 'keys.db'), key),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
