import { Query } from '@nestjs/cqrs';
import type { Actor } from '#domain';
import type { DuplicateGroupPageResponse } from './duplicate-group.response.js';
import type { FindDuplicatesDto } from './find-duplicates.dto.js';

export class FindDuplicatesQuery extends Query<DuplicateGroupPageResponse> {
  constructor(
    readonly filters: FindDuplicatesDto,
    readonly actor: Actor,
  ) {
    super();
  }
}
