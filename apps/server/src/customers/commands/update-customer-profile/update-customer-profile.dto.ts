import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ENTERPRISE_SIZES, FIELD_LIMITS, type EnterpriseSize } from '#domain';
import { Clearable } from '../../../http/text-input.js';
import { CustomerProfileDto } from '../../dto/customer-profile.dto.js';
import { ClearableContactDto } from './clearable-contact.dto.js';
import { ClearableSensitiveDto } from './clearable-sensitive.dto.js';

/**
 * Any subset of the profile; only fields that really change become part of the event. null on an
 * optional field clears it (the event names it in `cleared`); on a required one (name, type, contact,
 * industry, region, source) it is refused with a 400 naming the field, by the inherited validators.
 */
export class UpdateCustomerProfileDto extends PartialType(CustomerProfileDto, { skipNullProperties: false }) {
  @ApiPropertyOptional({ type: ClearableContactDto, description: 'replaces the contact; null on one of its keys leaves it out' })
  @Type(() => ClearableContactDto)
  override contact?: ClearableContactDto;

  @ApiPropertyOptional({ enum: ENTERPRISE_SIZES, nullable: true, description: 'null clears it' }) @Clearable() override size?: EnterpriseSize;
  @ApiPropertyOptional({ example: '2024-03-01', nullable: true, description: 'null clears it' }) @Clearable() override firstContactAt?: string;
  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.needs, nullable: true, description: 'null clears it' }) @Clearable() override needs?: string;
  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.notes, nullable: true, description: 'null clears it' }) @Clearable() override notes?: string;

  @ApiPropertyOptional({ type: ClearableSensitiveDto, nullable: true, description: 'null clears it' })
  @Clearable()
  @Type(() => ClearableSensitiveDto)
  override sensitive?: ClearableSensitiveDto;
}
