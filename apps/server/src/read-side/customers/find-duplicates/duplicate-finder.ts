import { Inject, Injectable } from '@nestjs/common';
import type { VisibleOwners } from '#application';
import { CUSTOMER_MATCH_KEYS, CUSTOMER_PROFILES, type CustomerMatchKeysDocument, type CustomerProfileDocument } from '#projections';
import { READ_STORE, type KeysetPosition, type ReadStore } from '#read-store';
import { isListed, listScopeFilter } from '../listed-customers.js';
import { duplicateGroups, type DuplicateGroup } from './duplicate-groups.js';

const KEYS_PER_QUERY = 200;
const IDS_PER_QUERY = 500;

export interface FoundDuplicates {
  groups: DuplicateGroup[];
  /** The listed profiles of every customer in a group, by id. */
  profiles: Map<string, CustomerProfileDocument>;
}

/**
 * Duplicate candidates among the customers `owners` covers, from the customer-match-keys read model:
 * the keys at least two of them share (one GROUP BY … HAVING), then those customers and their profiles.
 */
@Injectable()
export class DuplicateFinder {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async find(owners: VisibleOwners): Promise<FoundDuplicates> {
    const scope = listScopeFilter(owners);
    const shared = (await this.store.countBy(CUSTOMER_MATCH_KEYS, 'keys', scope, { minCount: 2 })).map((row) => String(row.value));
    const holders = new Map<string, string[]>();
    for (let i = 0; i < shared.length; i += KEYS_PER_QUERY) {
      const keys = new Set(shared.slice(i, i + KEYS_PER_QUERY));
      const filter = { ...scope, anyOf: [...keys].map((key) => ({ has: { keys: key } })) };
      let after: KeysetPosition | undefined;
      do {
        const page = await this.store.list<CustomerMatchKeysDocument>(CUSTOMER_MATCH_KEYS, {
          filter,
          sort: { field: 'ownerId', direction: 'asc' },
          after,
          limit: 1000,
        });
        for (const doc of page.items) for (const key of doc.keys) if (keys.has(key)) holders.set(key, [...(holders.get(key) ?? []), doc.id]);
        after = page.next;
      } while (after);
    }
    const profiles = await this.listedProfiles([...new Set([...holders.values()].flat())], owners);
    const listed = new Map([...holders].map(([key, ids]) => [key, ids.filter((id) => profiles.has(id))]));
    const groups = duplicateGroups(listed);
    const grouped = new Set(groups.flatMap((group) => group.customerIds));
    return { groups, profiles: new Map([...profiles].filter(([id]) => grouped.has(id))) };
  }

  /** The ids of the customers that are in some group. */
  async customerIds(owners: VisibleOwners): Promise<string[]> {
    return [...(await this.find(owners)).profiles.keys()];
  }

  private async listedProfiles(ids: readonly string[], owners: VisibleOwners): Promise<Map<string, CustomerProfileDocument>> {
    const profiles = new Map<string, CustomerProfileDocument>();
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
      const page = await this.store.list<CustomerProfileDocument>(CUSTOMER_PROFILES, {
        filter: { ...listScopeFilter(owners), ids: ids.slice(i, i + IDS_PER_QUERY) },
        sort: { field: 'registeredAt', direction: 'asc' },
        limit: IDS_PER_QUERY,
      });
      for (const doc of page.items) if (isListed(doc)) profiles.set(doc.id, doc);
    }
    return profiles;
  }
}
