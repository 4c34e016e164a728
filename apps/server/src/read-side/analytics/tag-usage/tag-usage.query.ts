import { Query } from '@nestjs/cqrs';

export class TagUsageQuery extends Query<{ items: { tag: string; customers: number }[] }> {}
