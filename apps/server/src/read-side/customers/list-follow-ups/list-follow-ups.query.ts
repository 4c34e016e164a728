import { Query } from '@nestjs/cqrs';
import type { Actor } from '../../../../../../libs/application/src/index.js';
import type { FollowUpDocument } from '../../../../../../libs/projections/src/index.js';

export class ListFollowUpsQuery extends Query<{ items: FollowUpDocument[] }> {
  constructor(
    readonly customerId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
