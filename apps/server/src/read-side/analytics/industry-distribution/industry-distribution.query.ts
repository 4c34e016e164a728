import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';

export interface IndustryShare {
  industry: string;
  customers: number;
  won: number;
  share: number;
}

export class IndustryDistributionQuery extends Query<{ total: number; items: IndustryShare[] }> {
  constructor(readonly actor: Actor) {
    super();
  }
}
