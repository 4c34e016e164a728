import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteReadStore } from '#read-store';
import { describeReadStoreContract } from './read-store.contract.js';

describeReadStoreContract('SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-rs-'));
  const store = openSqliteReadStore(join(dir, 'read.db'));
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
