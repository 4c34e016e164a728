import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { ChurnRisk, ChurnRiskLevel } from '#projections';

export interface ChurnRiskItem {
  id: string;
  code: string;
  name: string;
  ownerId: string;
  status: string;
  lastInteractionAt: string | null;
  churnRisk: ChurnRisk;
}

export class ChurnRiskQuery extends Query<{ items: ChurnRiskItem[] }> {
  constructor(
    readonly actor: Actor,
    readonly ownerId: string | undefined,
    readonly level: ChurnRiskLevel | undefined,
    readonly limit: number,
  ) {
    super();
  }
}
