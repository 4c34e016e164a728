import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '#shared';
import type { ProposedEvent, RecordedEvent } from '../../event-store.port.js';
import { eventHash } from '../../hash-chain.js';
import { openSqliteEventStore, type SqliteEventStore } from '../../sqlite/sqlite-event-store.js';
import { UpcasterRegistry } from '../upcaster-registry.js';
import { storedEventsOf, UpcastingEventStore } from '../upcasting-event-store.js';

// A made-up history of FollowUpRecorded: v1 had no `outcomes`, v2 added `outcomes: []`,
// v3 renamed `result` to `verdict`. Stored events of every version must read as v3.
const followUpV1toV2 = {
  type: 'FollowUpRecorded',
  fromVersion: 1,
  upcast: (data: Record<string, unknown>) => ({ ...data, outcomes: [] }),
};
const followUpV2toV3 = {
  type: 'FollowUpRecorded',
  fromVersion: 2,
  upcast: ({ result, ...rest }: Record<string, unknown>) => ({ ...rest, verdict: result }),
};

function followUp(id: string, schemaVersion: number, data: Record<string, unknown>): ProposedEvent {
  return {
    id,
    type: 'FollowUpRecorded',
    data: { customerId: 'c1', content: 'called', ...data },
    metadata: { actorId: 'u1', actorRole: 'sales', correlationId: 'k', causationId: 'k', occurredAt: '2024-05-01T08:00:00.000Z', schemaVersion },
  };
}

describe('UpcastingEventStore over the SQLite store', () => {
  let dir: string;
  let sqlite: SqliteEventStore;
  let store: UpcastingEventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-upcast-'));
    sqlite = openSqliteEventStore(join(dir, 'events.db'), new ManualClock(new Date('2024-05-01T09:00:00Z')));
    store = new UpcastingEventStore(sqlite, new UpcasterRegistry([followUpV1toV2, followUpV2toV3]));
    await store.append(
      'customer-c1',
      [
        followUp('00000000-0000-4000-8000-000000000001', 1, { result: 'interested' }),
        followUp('00000000-0000-4000-8000-000000000002', 2, { result: 'not_interested', outcomes: ['quote_sent'] }),
        followUp('00000000-0000-4000-8000-000000000003', 3, { verdict: 'needs_follow_up', outcomes: [] }),
        { ...followUp('00000000-0000-4000-8000-000000000004', 1, {}), type: 'OrderRecorded', data: { orderId: 'SO-1' } },
      ],
      'no_stream',
    );
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const shapes = (events: RecordedEvent[]) => events.map((e) => ({ type: e.type, data: e.data, version: e.metadata.schemaVersion }));
  const current = [
    { type: 'FollowUpRecorded', version: 3, data: { customerId: 'c1', content: 'called', verdict: 'interested', outcomes: [] } },
    { type: 'FollowUpRecorded', version: 3, data: { customerId: 'c1', content: 'called', verdict: 'not_interested', outcomes: ['quote_sent'] } },
    { type: 'FollowUpRecorded', version: 3, data: { customerId: 'c1', content: 'called', verdict: 'needs_follow_up', outcomes: [] } },
    { type: 'OrderRecorded', version: 1, data: { orderId: 'SO-1' } },
  ];

  it('readStream returns a stored v1 and v2 event in the current (v3) shape, through the whole chain', async () => {
    expect(shapes(await store.readStream('customer-c1'))).toEqual(current);
  });

  it('readAll returns the same current shapes', async () => {
    expect(shapes(await store.readAll({ limit: 10 }))).toEqual(current);
  });

  it('subscribeToAll yields the current shapes', async () => {
    const subscription = store.subscribeToAll({});
    const seen: RecordedEvent[] = [];
    for await (const event of subscription) {
      seen.push(event);
      if (seen.length === 4) await subscription.close();
    }
    expect(shapes(seen)).toEqual(current);
  });

  it('keeps the stored version beside the current one', async () => {
    const [v1, , v3] = await store.readStream('customer-c1');
    expect(v1.metadata).toMatchObject({ schemaVersion: 3, storedSchemaVersion: 1 });
    expect(v3.metadata.storedSchemaVersion).toBeUndefined();
  });

  it('leaves the stored data alone, so the hash chain still verifies against storedEventsOf(store)', async () => {
    const stored = await storedEventsOf(store).readStream('customer-c1');
    expect(stored[0].data).toEqual({ customerId: 'c1', content: 'called', result: 'interested' });
    for (const event of stored) expect(eventHash(event.metadata.prevHash, event)).toBe(event.metadata.hash);
    const upcast = await store.readStream('customer-c1');
    expect(eventHash(upcast[0].metadata.prevHash, upcast[0])).not.toBe(upcast[0].metadata.hash);
  });

  it('refuses two upcasters for the same type and version', () => {
    expect(() => new UpcasterRegistry([followUpV1toV2, followUpV1toV2])).toThrow(/FollowUpRecorded@1/);
  });
});
