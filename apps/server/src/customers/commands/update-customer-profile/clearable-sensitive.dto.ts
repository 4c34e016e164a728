import { ApiPropertyOptional } from '@nestjs/swagger';
import { FIELD_LIMITS } from '#domain';
import { Clearable } from '../../../http/text-input.js';
import { SensitiveDto } from '../../dto/customer-profile.dto.js';

/** The registration's validators, inherited; null on a key passes to the decider, which reads it as "clear" (see ClearableContactDto). */
export class ClearableSensitiveDto extends SensitiveDto {
  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.idNumber, nullable: true }) @Clearable() override idNumber?: string;
  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.bankAccount, nullable: true }) @Clearable() override bankAccount?: string;
}
