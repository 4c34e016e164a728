import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore } from '#event-store';
import { describeEventStoreContract } from './event-store.contract.js';

describeEventStoreContract(
  'SQLite (temp file)',
  async (clock) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-es-'));
    const store = openSqliteEventStore(join(dir, 'events.db'), clock);
    return {
      store,
      async cleanup() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  { detectsIdReuseAcrossStreams: true },
);

describe('SqliteEventStore across processes sharing one file', () => {
  it('a live subscription sees appends made through another connection (polling)', async () => {
    const { ManualClock } = await import('#shared');
    const { proposed } = await import('./event-store.contract.js');
    const dir = mkdtempSync(join(tmpdir(), 'dossier-es-'));
    const clock = new ManualClock(new Date('2024-01-01T00:00:00Z'));
    const server = openSqliteEventStore(join(dir, 'events.db'), clock, { pollIntervalMs: 50 });
    const cli = openSqliteEventStore(join(dir, 'events.db'), clock);
    try {
      const subscription = server.subscribeToAll({});
      const iterator = subscription[Symbol.asyncIterator]();
      const next = iterator.next();
      await cli.append('customer-x', [proposed('FromCli')], 'no_stream');
      const { value } = await next;
      expect(value).toMatchObject({ type: 'FromCli', streamId: 'customer-x', position: 1 });
      await expect(cli.append('customer-x', [proposed('Late')], 'no_stream')).rejects.toMatchObject({ actual: 0 });
      await subscription.close();
      expect(await iterator.next()).toEqual({ done: true, value: undefined });
    } finally {
      await server.close();
      await cli.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
