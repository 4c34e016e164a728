import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';

export interface HighValueCustomer {
  id: string;
  code: string;
  name: string;
  ownerId: string;
  /** Minor units (fen), and in yuan. */
  trailing12MonthSpend: number;
  trailing12MonthSpendYuan: number;
  lifetimeSpend: number;
  orderCount: number;
  lastOrderAt: string | null;
}

/** 高價值客戶清單: customers of the `high` tier now (SPEC §5), biggest trailing spend first. */
export class HighValueQuery extends Query<{ asOf: string; items: HighValueCustomer[] }> {
  constructor(
    readonly actor: Actor,
    readonly limit: number,
  ) {
    super();
  }
}
