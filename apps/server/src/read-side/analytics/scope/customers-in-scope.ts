import type { VisibleOwners } from '#application';
import { CUSTOMER_PROFILES, type CustomerProfileDocument } from '#projections';
import type { DocumentFilter, KeysetPosition, ReadStore } from '#read-store';

/** The filter of the customers profiles an actor sees (churn-risk's scope, for every analytic). */
export const ownersFilter = (owners: VisibleOwners): DocumentFilter => (owners ? { equals: { ownerId: owners } } : {});

/** The profiles of the customers owned by `owners`, page by page (a team's, not the company's). */
export async function* profilesOf(store: ReadStore, owners: readonly string[]): AsyncGenerator<CustomerProfileDocument[]> {
  if (owners.length === 0) return;
  let after: KeysetPosition | undefined;
  do {
    const page = await store.list<CustomerProfileDocument>(CUSTOMER_PROFILES, {
      filter: { equals: { ownerId: owners } },
      sort: { field: 'registeredAt', direction: 'asc' },
      after,
      limit: 2000,
    });
    yield page.items;
    after = page.next;
  } while (after);
}
