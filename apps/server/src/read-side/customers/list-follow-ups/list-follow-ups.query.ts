import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { FollowUpDocument } from '#projections';

export class ListFollowUpsQuery extends Query<{ items: FollowUpDocument[] }> {
  constructor(
    readonly customerId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
