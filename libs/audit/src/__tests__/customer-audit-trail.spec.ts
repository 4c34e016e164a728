import { customerStream, DomainError } from '#domain';
import { ReadMappingEventStore, type RecordedEvent } from '#event-store';
import { verifyChain } from '../chain-verification.js';
import { CustomerAuditTrail } from '../customer-audit-trail.js';
import { ExportSigningKey } from '../export-signing-key.js';
import { checkSignedExport } from '../signed-export.js';
import { CUSTOMER_ID, START, openAuditFixture, type AuditFixture } from './audit-fixture.js';

describe('CustomerAuditTrail', () => {
  let fixture: AuditFixture;
  let trail: CustomerAuditTrail;
  beforeAll(async () => {
    fixture = await openAuditFixture();
    trail = new CustomerAuditTrail(fixture.store, fixture.store, ExportSigningKey.fromSeed(Buffer.alloc(32, 1)));
  });
  afterAll(() => fixture.cleanup());

  const UNKNOWN = '00000000-0000-4000-8000-00000000dead';

  describe('history', () => {
    it('pages through every event in revision order', async () => {
      const first = await trail.history(CUSTOMER_ID, 0, 2);
      expect(first.items.map((e) => e.revision)).toEqual([0, 1]);
      expect(first.nextRevision).toBe(2);
      const second = await trail.history(CUSTOMER_ID, 2, 2);
      expect(second.items.map((e) => e.type)).toEqual(['FollowUpRecorded', 'CustomerTagged']);
      const last = await trail.history(CUSTOMER_ID, 4, 2);
      expect(last).toMatchObject({ items: [{ revision: 4 }], nextRevision: null });
    });

    it('carries the stored data and every metadata field', async () => {
      const [registered] = (await trail.history(CUSTOMER_ID)).items;
      expect(registered).toEqual({
        id: expect.any(String),
        type: 'CustomerRegistered',
        revision: 0,
        position: expect.any(Number),
        data: expect.objectContaining({ status: 'prospect' }),
        metadata: {
          actorId: 'rep-1',
          actorRole: 'sales',
          correlationId: 'c-0',
          causationId: 'c-0',
          occurredAt: expect.any(String),
          recordedAt: START.toISOString(),
          schemaVersion: 1,
          prevHash: '0'.repeat(64),
          hashVersion: 2,
          hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      });
    });

    it('answers an empty last page past the end, and not-found for an unknown customer', async () => {
      expect(await trail.history(CUSTOMER_ID, 99)).toEqual({ items: [], nextRevision: null });
      await expect(trail.history(UNKNOWN)).rejects.toMatchObject({ code: 'not-found' });
    });
  });

  it('answers not-found for as-of before registration and for unknown customers', async () => {
    await expect(trail.asOf(CUSTOMER_ID, { at: new Date(START.getTime() - 1) })).rejects.toBeInstanceOf(DomainError);
    await expect(trail.statusHistory(UNKNOWN)).rejects.toMatchObject({ code: 'not-found' });
    await expect(trail.verify(UNKNOWN)).rejects.toMatchObject({ code: 'not-found' });
  });

  describe('signed export', () => {
    it('writes JSON from which anyone can re-verify the checksum and the hash chain', async () => {
      const file = await trail.export(CUSTOMER_ID, 'json');
      expect(checkSignedExport(file).valid).toBe(true);
      const body = JSON.parse(file.slice(file.indexOf('\n') + 1)) as { customerId: string; events: number; headHash: string; items: RecordedEvent[] };
      expect(body).toMatchObject({ customerId: CUSTOMER_ID, events: 5 });
      expect(verifyChain(body.items)).toEqual({ valid: true, events: 5, headHash: body.headHash });
    });

    it('writes CSV with one row per event and every field eventHash needs', async () => {
      const file = await trail.export(CUSTOMER_ID, 'csv');
      expect(checkSignedExport(file).valid).toBe(true);
      const lines = file.trimEnd().split('\n');
      expect(lines[1]).toBe(
        'position,revision,eventId,type,occurredAt,recordedAt,actorId,actorRole,correlationId,causationId,schemaVersion,hashVersion,otherMetadata,prevHash,hash,data',
      );
      expect(lines).toHaveLength(2 + 5);
      expect(lines[3]).toContain('budget confirmed');
    });

    it('is the same bytes for the same stream, so two auditors can compare digests', async () => {
      expect(await trail.export(CUSTOMER_ID, 'csv')).toBe(await trail.export(CUSTOMER_ID, 'csv'));
    });
  });

  describe('with a read-mapping store for reads (as upcasting or decryption would be)', () => {
    it('folds the mapped events for as-of but verifies the stored ones', async () => {
      class AnnotatingStore extends ReadMappingEventStore {
        protected mapRead(event: RecordedEvent): RecordedEvent {
          return event.type === 'CustomerStatusChanged' ? { ...event, data: { ...event.data, reason: `${String(event.data.reason)} (v2)` } } : event;
        }
      }
      const mapped = new CustomerAuditTrail(fixture.store, new AnnotatingStore(fixture.store));
      expect((await mapped.statusHistory(CUSTOMER_ID))[1].reason).toBe('budget confirmed (v2)');
      expect(await mapped.verify(CUSTOMER_ID)).toMatchObject({ valid: true });
      const stored = await fixture.store.readStream(customerStream(CUSTOMER_ID));
      expect(stored[1].data.reason).toBe('budget confirmed');
    });
  });
});
