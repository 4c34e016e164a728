import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { FunnelGroupReport, FunnelGrouping } from '#projections';

export interface FunnelAnswer {
  from: string | null;
  to: string | null;
  groupBy: FunnelGrouping | null;
  groups: FunnelGroupReport[];
}

/** Cohort of the customers registered in [from, to), exact to the instant. */
export class FunnelQuery extends Query<FunnelAnswer> {
  constructor(
    readonly actor: Actor,
    readonly from: string | undefined,
    readonly to: string | undefined,
    readonly groupBy: FunnelGrouping | undefined,
  ) {
    super();
  }
}
