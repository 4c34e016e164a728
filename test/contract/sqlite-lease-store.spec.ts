import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteLeaseStore } from '#leases';
import { describeLeaseStoreContract } from './lease-store.contract.js';

describeLeaseStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-leases-'));
  const store = openSqliteLeaseStore(join(dir, 'leases.db'));
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SQLite leases across connections (two processes on one DATA_DIR)', () => {
  it('a second connection to the same file sees the first one holding the lease', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-leases-'));
    const first = openSqliteLeaseStore(join(dir, 'leases.db'));
    const second = openSqliteLeaseStore(join(dir, 'leases.db'));
    try {
      expect(await first.acquire('projections', 'worker-1', 1000, 0)).toBeDefined();
      expect(await second.acquire('projections', 'worker-2', 1000, 999)).toBeUndefined();
      expect(await second.acquire('projections', 'worker-2', 1000, 1000)).toBeDefined();
      expect(await first.renew('projections', 'worker-1', 1000, 1001)).toBeUndefined();
    } finally {
      await first.close();
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
