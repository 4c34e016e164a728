import type { RecordedEvent } from '#event-store';
import type { Projection, ProjectionDocuments } from '../projection.js';
import { CUSTOMER_PROFILES, customerProfilesCollection, type CustomerProfileDocument } from './customer-profile.document.js';
import { customerIdOf, evolveCustomerProfile } from './evolve-customer-profile.js';

export const customerProfilesProjection: Projection = {
  name: 'customer-profiles',
  collections: [customerProfilesCollection],
  async apply(event: RecordedEvent, documents: ProjectionDocuments): Promise<void> {
    const id = customerIdOf(event);
    const current = await documents.get<CustomerProfileDocument>(CUSTOMER_PROFILES, id);
    const next = evolveCustomerProfile(current, event);
    if (next !== undefined && next !== current) documents.put(CUSTOMER_PROFILES, next);
  },
};
