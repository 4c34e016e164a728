import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { addOrder, ORDER_VALUE_BY_MONTH, type MonthlyOrderValueDocument } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { calendarMonth } from '#shared';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { profilesOf } from '../scope/customers-in-scope.js';
import { ValueTrendQuery, type ValueTrendPoint } from './value-trend.query.js';

/**
 * Order value per month or quarter (by orderedAt, in the months of TIME_ZONE), in minor units per currency. Company-wide
 * from the monthly read model; for a caller who sees some owners only, from their customers' orders.
 */
@QueryHandler(ValueTrendQuery)
export class ValueTrendHandler implements IQueryHandler<ValueTrendQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly access: AccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ actor, granularity }: ValueTrendQuery): Promise<{ granularity: 'month' | 'quarter'; items: ValueTrendPoint[] }> {
    const owners = await this.access.ownerFilter(actor);
    const months = owners ? await this.monthsOf(owners) : await this.allMonths();
    const points = new Map<string, ValueTrendPoint>();
    for (const month of months) {
      const period = granularity === 'month' ? month.month : `${month.month.slice(0, 4)}-Q${Math.ceil(Number(month.month.slice(5, 7)) / 3)}`;
      const key = `${period}|${month.currency}`;
      const point = points.get(key) ?? { period, currency: month.currency, amount: 0, orders: 0 };
      points.set(key, { ...point, amount: point.amount + month.amount, orders: point.orders + month.orders });
    }
    return { granularity, items: [...points.values()] };
  }

  private async allMonths(): Promise<MonthlyOrderValueDocument[]> {
    return (await this.store.list<MonthlyOrderValueDocument>(ORDER_VALUE_BY_MONTH, { sort: { field: 'month', direction: 'asc' }, limit: 100_000 })).items;
  }

  /** The same monthly sums, over the orders of the given owners' customers. */
  private async monthsOf(owners: readonly string[]): Promise<MonthlyOrderValueDocument[]> {
    const months = new Map<string, MonthlyOrderValueDocument>();
    for await (const profiles of profilesOf(this.store, owners)) {
      for (const { orderedAt, currency, amount } of profiles.flatMap((profile) => profile.orders)) {
        const month = calendarMonth(orderedAt, this.config.timeZone);
        months.set(`${month}|${currency}`, addOrder(months.get(`${month}|${currency}`), month, currency, amount));
      }
    }
    return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
  }
}
