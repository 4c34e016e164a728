import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { DataQualityResponse } from './data-quality.response.js';
import type { DataQualityDto } from './data-quality.dto.js';

export class DataQualityQuery extends Query<DataQualityResponse> {
  constructor(
    readonly filters: DataQualityDto,
    readonly actor: Actor,
  ) {
    super();
  }
}
