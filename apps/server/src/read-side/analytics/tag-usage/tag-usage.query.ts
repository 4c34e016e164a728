import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';

export class TagUsageQuery extends Query<{ items: { tag: string; customers: number }[] }> {
  constructor(readonly actor: Actor) {
    super();
  }
}
