import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '#domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** Industries are a configurable list (INDUSTRIES), so they are checked here rather than in the DTO. */
@Injectable()
export class IndustryValidator {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  assertKnown(industry: string | undefined): void {
    if (industry !== undefined && !this.config.industries.includes(industry)) {
      throw new DomainError('invalid-value', `industry must be one of: ${this.config.industries.join(', ')}`, 'industry');
    }
  }
}
