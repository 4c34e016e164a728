import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';

export interface MonthlyActivityRow {
  /** YYYY-MM in the deployment's zone */
  month: string;
  /** The customer's owner now. */
  ownerId: string;
  /** Customers with a follow-up or an order in the month. */
  activeCustomers: number;
  customersWithFollowUps: number;
  customersWithOrders: number;
}

/** 客戶月度活躍度報表: months [from, to) (YYYY-MM), by default the twelve up to the current one. */
export class MonthlyActivityQuery extends Query<{ from: string; to: string; timeZone: string; items: MonthlyActivityRow[] }> {
  constructor(
    readonly actor: Actor,
    readonly from: string | undefined,
    readonly to: string | undefined,
  ) {
    super();
  }
}
