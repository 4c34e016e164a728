import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ORDER_VALUE_BY_MONTH, type MonthlyOrderValueDocument } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { ValueTrendQuery, type ValueTrendPoint } from './value-trend.query.js';

/** Order value per month or quarter (by orderedAt, UTC), in minor units per currency. */
@QueryHandler(ValueTrendQuery)
export class ValueTrendHandler implements IQueryHandler<ValueTrendQuery> {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async execute({ granularity }: ValueTrendQuery): Promise<{ granularity: 'month' | 'quarter'; items: ValueTrendPoint[] }> {
    const months = await this.store.list<MonthlyOrderValueDocument>(ORDER_VALUE_BY_MONTH, { sort: { field: 'month', direction: 'asc' }, limit: 100_000 });
    const points = new Map<string, ValueTrendPoint>();
    for (const month of months.items) {
      const period = granularity === 'month' ? month.month : `${month.month.slice(0, 4)}-Q${Math.ceil(Number(month.month.slice(5, 7)) / 3)}`;
      const key = `${period}|${month.currency}`;
      const point = points.get(key) ?? { period, currency: month.currency, amount: 0, orders: 0 };
      points.set(key, { ...point, amount: point.amount + month.amount, orders: point.orders + month.orders });
    }
    return { granularity, items: [...points.values()] };
  }
}
