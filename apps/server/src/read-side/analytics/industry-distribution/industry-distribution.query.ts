import { Query } from '@nestjs/cqrs';

export interface IndustryShare {
  industry: string;
  customers: number;
  won: number;
  share: number;
}

export class IndustryDistributionQuery extends Query<{ total: number; items: IndustryShare[] }> {}
