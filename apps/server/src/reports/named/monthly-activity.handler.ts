import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { CUSTOMER_PROFILES, FOLLOW_UPS, type CustomerProfileDocument, type FollowUpDocument } from '#projections';
import { READ_STORE, type DocumentFilter, type KeysetPosition, type ReadDocument, type ReadStore, type SortOrder } from '#read-store';
import { calendarMonth, CLOCK, monthStart, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { timeZoneOf } from '../time-zone.provider.js';
import { MonthlyActivityQuery, type MonthlyActivityRow } from './monthly-activity.query.js';

const PAGE = 2000;

const shiftMonth = (month: string, by: number): string => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/**
 * Customers with a follow-up or an order per month and owner, from the profiles (their orders) and
 * the follow-ups read model. Only customers active since `from` are read: their activityAt is at or
 * after it. Owners are today's, so the caller's scope applies as in every list.
 */
@QueryHandler(MonthlyActivityQuery)
export class MonthlyActivityHandler implements IQueryHandler<MonthlyActivityQuery> {
  private readonly timeZone: string;

  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly access: AccessPolicy,
  ) {
    this.timeZone = timeZoneOf(config);
  }

  async execute({ actor, from, to }: MonthlyActivityQuery) {
    const current = calendarMonth(this.clock.now(), this.timeZone);
    const last = to ?? shiftMonth(current, 1);
    const first = from ?? shiftMonth(last, -12);
    const [start, end] = [monthStart(first, this.timeZone).toISOString(), monthStart(last, this.timeZone).toISOString()];
    const owners = await this.access.ownerFilter(actor);
    const cells = new Map<string, { month: string; ownerId: string; followUps: Set<string>; orders: Set<string> }>();
    const cell = (month: string, ownerId: string) => {
      const id = `${month}|${ownerId}`;
      let found = cells.get(id);
      if (!found) cells.set(id, (found = { month, ownerId, followUps: new Set(), orders: new Set() }));
      return found;
    };

    const ownerOf = new Map<string, string>();
    const scope: DocumentFilter = { ...(owners ? { equals: { ownerId: owners } } : {}), range: { activityAt: { gte: start } } };
    for await (const profile of this.pages<CustomerProfileDocument>(CUSTOMER_PROFILES, scope, { field: 'activityAt', direction: 'asc' })) {
      ownerOf.set(profile.id, profile.ownerId);
      for (const order of profile.orders) {
        if (order.orderedAt >= start && order.orderedAt < end) cell(calendarMonth(order.orderedAt, this.timeZone), profile.ownerId).orders.add(profile.id);
      }
    }
    for await (const followUp of this.pages<FollowUpDocument>(FOLLOW_UPS, { range: { at: { gte: start, lt: end } } }, { field: 'at', direction: 'asc' })) {
      const ownerId = ownerOf.get(followUp.customerId);
      if (ownerId !== undefined) cell(calendarMonth(followUp.at, this.timeZone), ownerId).followUps.add(followUp.customerId);
    }

    const items: MonthlyActivityRow[] = [...cells.values()]
      .map(({ month, ownerId, followUps, orders }) => ({
        month,
        ownerId,
        activeCustomers: new Set([...followUps, ...orders]).size,
        customersWithFollowUps: followUps.size,
        customersWithOrders: orders.size,
      }))
      .sort((a, b) => a.month.localeCompare(b.month) || a.ownerId.localeCompare(b.ownerId));
    return { from: first, to: last, timeZone: this.timeZone, items };
  }

  private async *pages<T extends ReadDocument>(collection: string, filter: DocumentFilter, sort: SortOrder): AsyncGenerator<T> {
    let after: KeysetPosition | undefined;
    do {
      const page = await this.store.list<T>(collection, { filter, sort, after, limit: PAGE });
      yield* page.items;
      after = page.next;
    } while (after);
  }
}
