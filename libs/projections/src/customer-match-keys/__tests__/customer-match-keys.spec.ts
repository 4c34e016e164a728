import type { CustomerEvent } from '#domain';
import type { ReadDocument } from '#read-store';
import { Feed, registered } from '../../__tests__/customer-history.js';
import type { ProjectionDocuments } from '../../projection.js';
import { CUSTOMER_MATCH_KEYS, type CustomerMatchKeysDocument } from '../customer-match-keys.document.js';
import { customerMatchKeysProjection } from '../customer-match-keys.projection.js';
import { qualityFlagsOf } from '../../customer-profiles/quality-flags.js';

const ID = 'c1';

/** Applies the events to an in-memory collection and answers the one document. */
async function keysAfter(events: CustomerEvent[]): Promise<CustomerMatchKeysDocument | undefined> {
  const docs = new Map<string, ReadDocument>();
  const documents: ProjectionDocuments = {
    get: async <T extends ReadDocument>(_collection: string, id: string) => docs.get(id) as T | undefined,
    put: (collection, document) => {
      expect(collection).toBe(CUSTOMER_MATCH_KEYS);
      docs.set(document.id, document);
    },
    remove: (_collection, id) => docs.delete(id),
  };
  const feed = new Feed();
  for (const event of events) await customerMatchKeysProjection.apply(feed.record(ID, event, '2024-01-10T09:00:00.000Z'), documents);
  return docs.get(ID) as CustomerMatchKeysDocument | undefined;
}

const updated = (changes: Record<string, unknown>): CustomerEvent => ({ type: 'CustomerProfileUpdated', data: { customerId: ID, changes } });

describe('customer-match-keys projection', () => {
  it('keys a registration by its name forms in its region, its phone and its e-mail', async () => {
    const doc = await keysAfter([registered(ID, { name: '華星貿易有限公司', contact: { phone: '13812345678', email: 'a@b.cn' } })]);
    expect(doc?.keys).toEqual(['name:HB:華星貿易有限公司', 'script:HB:华星贸易有限公司', 'core:HB:华星贸易', 'phone:13812345678', 'email:a@b.cn']);
  });

  it('normalises a phone stored before normalisation, so legacy data matches', async () => {
    const doc = await keysAfter([registered(ID, { contact: { phone: '+86 138-1234-5678' } })]);
    expect(doc?.keys).toContain('phone:13812345678');
  });

  it('recomputes the keys from a partial update: a new region, a contact replaced whole', async () => {
    const doc = await keysAfter([
      registered(ID, { name: 'Acme', contact: { phone: '13812345678', email: 'a@b.cn' } }),
      updated({ region: 'HD' }),
      updated({ contact: { email: 'new@b.cn' } }),
    ]);
    expect(doc?.keys).toEqual(['name:HD:acme', 'script:HD:acme', 'core:HD:acme', 'email:new@b.cn']);
  });

  it('follows the owner and forgets an erased customer', async () => {
    const owner: CustomerEvent = { type: 'CustomerOwnerChanged', data: { customerId: ID, from: 'u-owner', to: 'u-2' } };
    expect((await keysAfter([registered(ID), owner]))?.ownerId).toBe('u-2');
    const erased: CustomerEvent = { type: 'CustomerPersonalDataErased', data: { customerId: ID, erasedAt: '2024-02-01T00:00:00.000Z', reason: 'PIPL' } };
    expect(await keysAfter([registered(ID), erased])).toBeUndefined();
  });
});

describe('quality flags', () => {
  it('flags missing and invalid values under today’s rules, an erased value neither', () => {
    expect(qualityFlagsOf({ type: 'enterprise', contact: { phone: '+8613812345678', email: 'not-an-address' } })).toEqual([
      'invalid-email',
      'invalid-phone',
      'missing-contact-name',
      'missing-size',
      'missing-first-contact',
      'missing-needs',
    ]);
    expect(
      qualityFlagsOf({ type: 'individual', contact: { name: '[erased]', phone: '[erased]', email: '[erased]' }, firstContactAt: '2024-01-01', needs: 'x' }),
    ).toEqual([]);
  });
});
