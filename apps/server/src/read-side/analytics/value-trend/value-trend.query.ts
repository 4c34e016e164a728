import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';

export interface ValueTrendPoint {
  period: string;
  currency: string;
  amount: number;
  orders: number;
}

export class ValueTrendQuery extends Query<{ granularity: 'month' | 'quarter'; items: ValueTrendPoint[] }> {
  constructor(
    readonly actor: Actor,
    readonly granularity: 'month' | 'quarter',
  ) {
    super();
  }
}
