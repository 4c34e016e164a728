import type { RecordedEvent } from '#event-store';
import type { Projection, ProjectionDocuments } from '../projection.js';
import {
  CUSTOMER_PROFILES,
  customerProfilesCollection,
  RETIRED_CUSTOMER_PROFILES,
  retiredAs,
  retiredCustomerProfilesCollection,
  type CustomerProfileDocument,
} from './customer-profile.document.js';
import { customerIdOf, evolveCustomerProfile } from './evolve-customer-profile.js';

export const customerProfilesProjection: Projection = {
  name: 'customer-profiles',
  collections: [customerProfilesCollection, retiredCustomerProfilesCollection],
  async apply(event: RecordedEvent, documents: ProjectionDocuments): Promise<void> {
    const id = customerIdOf(event);
    const live = await documents.get<CustomerProfileDocument>(CUSTOMER_PROFILES, id);
    // A registration has no document anywhere yet: no second read for it.
    const current = live ?? (event.type === 'CustomerRegistered' ? undefined : await documents.get<CustomerProfileDocument>(RETIRED_CUSTOMER_PROFILES, id));
    const next = evolveCustomerProfile(current, event);
    if (next === undefined || next === current) return;
    const retired = retiredAs(next);
    if (retired === undefined) {
      delete next.retired;
      if (live === undefined && current !== undefined) documents.remove(RETIRED_CUSTOMER_PROFILES, id);
      documents.put(CUSTOMER_PROFILES, next);
    } else {
      if (live !== undefined) documents.remove(CUSTOMER_PROFILES, id);
      documents.put(RETIRED_CUSTOMER_PROFILES, { ...next, retired });
    }
  },
};
