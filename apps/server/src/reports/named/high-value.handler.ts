import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { CUSTOMER_PROFILES, valueMetricsOf, type CustomerProfileDocument } from '#projections';
import { READ_STORE, type KeysetPosition, type ReadStore } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { HighValueQuery, type HighValueCustomer } from './high-value.query.js';

/** The customers whose high tier lasts past now (highTierUntil, indexed), ranked by their trailing spend. */
@QueryHandler(HighValueQuery)
export class HighValueHandler implements IQueryHandler<HighValueQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ actor, limit }: HighValueQuery) {
    const now = this.clock.now();
    const owners = await this.access.ownerFilter(actor);
    const filter = { ...(owners ? { equals: { ownerId: owners } } : {}), range: { highTierUntil: { gte: new Date(now.getTime() + 1).toISOString() } } };
    const items: HighValueCustomer[] = [];
    let after: KeysetPosition | undefined;
    do {
      const page = await this.store.list<CustomerProfileDocument>(CUSTOMER_PROFILES, {
        filter,
        sort: { field: 'highTierUntil', direction: 'desc' },
        after,
        limit: 2000,
      });
      for (const doc of page.items) {
        const value = valueMetricsOf(doc, now);
        items.push({
          id: doc.id,
          code: doc.code,
          name: doc.name,
          ownerId: doc.ownerId,
          trailing12MonthSpend: value.trailing12MonthSpend,
          trailing12MonthSpendYuan: value.trailing12MonthSpend / 100,
          lifetimeSpend: doc.spendTotal ?? 0,
          orderCount: doc.orderCount,
          lastOrderAt: doc.lastOrderAt ?? null,
        });
      }
      after = page.next;
    } while (after);
    items.sort((a, b) => b.trailing12MonthSpend - a.trailing12MonthSpend || a.code.localeCompare(b.code));
    return { asOf: now.toISOString(), items: items.slice(0, limit) };
  }
}
