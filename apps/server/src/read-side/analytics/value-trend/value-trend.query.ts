import { Query } from '@nestjs/cqrs';

export interface ValueTrendPoint {
  period: string;
  currency: string;
  amount: number;
  orders: number;
}

export class ValueTrendQuery extends Query<{ granularity: 'month' | 'quarter'; items: ValueTrendPoint[] }> {
  constructor(readonly granularity: 'month' | 'quarter') {
    super();
  }
}
