import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventHash, GENESIS_HASH, type EventStore, type ProposedEvent, openSqliteEventStore } from '#event-store';
import { ManualClock } from '#shared';
import { ERASED } from '../field-cipher.js';
import { PersonalDataEventStore } from '../personal-data-event-store.js';
import { SqliteKeyStore } from '../sqlite-key-store.js';

const metadata = { actorId: 'u1', actorRole: 'sales', correlationId: 'c', causationId: 'c', occurredAt: '2024-01-01T00:00:00.000Z', schemaVersion: 1 };

function registered(customerId: string): ProposedEvent {
  return {
    id: randomUUID(),
    type: 'CustomerRegistered',
    data: {
      customerId,
      code: 'HB-IT-2024-001',
      name: 'Zhang San',
      type: 'individual',
      contact: { phone: '13812345678', email: 'zhang@example.com' },
      industry: 'retail',
      region: 'HB',
      source: 'referral',
      ownerId: 'u1',
      status: 'prospect',
      registeredAt: metadata.occurredAt,
    },
    metadata,
  };
}

describe('PersonalDataEventStore (crypto-shredding)', () => {
  let dir: string;
  let raw: EventStore;
  let store: PersonalDataEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-privacy-'));
    raw = openSqliteEventStore(join(dir, 'events.db'), new ManualClock(new Date('2024-01-02T00:00:00Z')));
    store = new PersonalDataEventStore(raw, new SqliteKeyStore(join(dir, 'keys.db'), randomBytes(32)));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores personal fields encrypted and reads them back in clear', async () => {
    const id = randomUUID();
    await store.append(`customer-${id}`, [registered(id)], 'no_stream');
    const [stored] = await raw.readStream(`customer-${id}`);
    expect(stored.data.name).toMatch(/^enc:v1:/);
    expect((stored.data.contact as { phone: string }).phone).toMatch(/^enc:v1:/);
    expect(stored.data.region).toBe('HB');
    expect(readFileSync(join(dir, 'events.db')).includes('13812345678')).toBe(false);
    const [read] = await store.readStream(`customer-${id}`);
    expect(read.data).toMatchObject({ name: 'Zhang San', contact: { phone: '13812345678', email: 'zhang@example.com' } });
    const [fromFeed] = await store.readAll({ limit: 10 });
    expect(fromFeed.data.name).toBe('Zhang San');
  });

  it('reads [erased] everywhere after erasure, while the hash chain still verifies over the stored bytes', async () => {
    const id = randomUUID();
    const other = randomUUID();
    await store.append(`customer-${id}`, [registered(id)], 'no_stream');
    await store.append(`customer-${other}`, [registered(other)], 'no_stream');
    await store.erase(id, new Date());

    const [erased] = await store.readStream(`customer-${id}`);
    expect(erased.data).toMatchObject({ name: ERASED, contact: { phone: ERASED, email: ERASED }, region: 'HB' });
    expect((await store.readStream(`customer-${other}`))[0].data.name).toBe('Zhang San');

    const subscription = store.subscribeToAll({});
    const first = (await subscription[Symbol.asyncIterator]().next()).value;
    await subscription.close();
    expect(first.data.name).toBe(ERASED);

    const [stored] = await raw.readStream(`customer-${id}`);
    expect(stored.metadata.hash).toBe(eventHash(GENESIS_HASH, stored));
  });

  it('writes [erased] instead of new personal data once the key is gone', async () => {
    const id = randomUUID();
    await store.append(`customer-${id}`, [registered(id)], 'no_stream');
    await store.erase(id, new Date());
    const update = { id: randomUUID(), type: 'CustomerProfileUpdated', data: { customerId: id, changes: { contact: { phone: '13900000000' } } }, metadata };
    await store.append(`customer-${id}`, [update], 0);
    const [, stored] = await raw.readStream(`customer-${id}`);
    expect(stored.data).toEqual({ customerId: id, changes: { contact: { phone: ERASED } } });
  });

  it('leaves non-customer streams and events without personal fields untouched', async () => {
    const event = { id: randomUUID(), type: 'UserCreated', data: { userId: 'u2', username: 'li' }, metadata };
    await store.append('user-u2', [event], 'no_stream');
    expect((await raw.readStream('user-u2'))[0].data).toEqual(event.data);
  });
});
