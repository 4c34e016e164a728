import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';

export interface TagUsage {
  items: { tag: string; category: string; customers: number }[];
  byCategory: { category: string; tags: number; customers: number }[];
}

export class TagUsageQuery extends Query<TagUsage> {
  constructor(readonly actor: Actor) {
    super();
  }
}
