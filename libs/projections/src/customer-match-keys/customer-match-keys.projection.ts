import { customerIdOfStream } from '#domain';
import type { RecordedEvent } from '#event-store';
import { customerEventOf } from '../customer-event.js';
import type { Projection, ProjectionDocuments } from '../projection.js';
import { CUSTOMER_MATCH_KEYS, customerMatchKeysCollection, type CustomerMatchKeysDocument } from './customer-match-keys.document.js';
import { matchKeysOf, type MatchInputs } from './match-keys.js';

type Inputs = MatchInputs & { id: string; ownerId: string };

const withKeys = ({ id, ownerId, name, region, phone, email }: Inputs): CustomerMatchKeysDocument => {
  const contact = { ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
  return { id, ownerId, name, region, ...contact, keys: matchKeysOf({ name, region, ...contact }) };
};

/** The duplicate finder's index: per customer the keys it may share with another (GET /v1/customers/duplicates). */
export const customerMatchKeysProjection: Projection = {
  name: 'customer-match-keys',
  collections: [customerMatchKeysCollection],
  async apply(recorded: RecordedEvent, documents: ProjectionDocuments): Promise<void> {
    const event = customerEventOf(recorded);
    if (!event) return;
    const id = customerIdOfStream(recorded.streamId);
    if (event.type === 'CustomerRegistered') {
      const { name, region, ownerId, contact } = event.data;
      documents.put(CUSTOMER_MATCH_KEYS, withKeys({ id, ownerId, name, region, phone: contact.phone, email: contact.email }));
      return;
    }
    if (event.type !== 'CustomerProfileUpdated' && event.type !== 'CustomerOwnerChanged' && event.type !== 'CustomerPersonalDataErased') return;
    const current = await documents.get<CustomerMatchKeysDocument>(CUSTOMER_MATCH_KEYS, id);
    if (current === undefined) return;
    switch (event.type) {
      case 'CustomerOwnerChanged':
        documents.put(CUSTOMER_MATCH_KEYS, { ...current, ownerId: event.data.to });
        return;
      // Erased: nothing is left to compare, and no personal value may stay here.
      case 'CustomerPersonalDataErased':
        documents.remove(CUSTOMER_MATCH_KEYS, id);
        return;
      case 'CustomerProfileUpdated': {
        const { name, region, contact } = event.data.changes;
        if (name === undefined && region === undefined && contact === undefined) return;
        const next = { ...current, ...(name !== undefined ? { name } : {}), ...(region !== undefined ? { region } : {}) };
        // A changed contact is recorded whole: what it leaves out is gone.
        const phone = contact === undefined ? current.phone : contact.phone;
        const email = contact === undefined ? current.email : contact.email;
        documents.put(CUSTOMER_MATCH_KEYS, withKeys({ ...next, phone, email }));
      }
    }
  },
};
