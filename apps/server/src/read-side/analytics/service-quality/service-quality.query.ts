import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { ServiceQualityReport } from './service-quality-report.js';

export class ServiceQualityQuery extends Query<ServiceQualityReport> {
  constructor(
    readonly actor: Actor,
    readonly range: { from?: string; to?: string },
    readonly ownerId?: string,
  ) {
    super();
  }
}
