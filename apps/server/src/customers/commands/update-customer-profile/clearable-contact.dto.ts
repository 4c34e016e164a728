import { ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { FIELD_LIMITS } from '#domain';
import { Clearable } from '../../../http/text-input.js';
import { ContactDto } from '../../dto/customer-profile.dto.js';

// The registration's validators, inherited; only the condition is replaced (class-validator keeps a
// subclass's @ValidateIf over its parent's), so that null on an optional key passes to the decider,
// which reads it as "clear". The property types stay the parent's: the command's ProfilePatch says null.

const present = (value: unknown) => value !== undefined && value !== null;

export class ClearableContactDto extends ContactDto {
  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.contactName, nullable: true, description: 'null clears it' })
  @Clearable()
  override name?: string;

  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.contactTitle, nullable: true, description: 'null clears it' })
  @Clearable()
  override title?: string;

  @ApiPropertyOptional({ example: '13812345678', nullable: true, description: 'mainland mobile or E.164; null clears it while an email remains' })
  @ValidateIf((contact: ClearableContactDto) => present(contact.phone) || !present(contact.email))
  override phone?: string;

  @ApiPropertyOptional({ example: 'zhang@example.com', nullable: true, description: 'null clears it while a phone remains' })
  @ValidateIf((contact: ClearableContactDto) => present(contact.email) || !present(contact.phone))
  override email?: string;
}
