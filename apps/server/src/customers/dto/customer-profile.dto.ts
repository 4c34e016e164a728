import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsObject, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import {
  CUSTOMER_SOURCES,
  CUSTOMER_TYPES,
  ENTERPRISE_SIZES,
  FIELD_LIMITS,
  REGION_PATTERN,
  type CustomerSource,
  type CustomerType,
  type EnterpriseSize,
} from '#domain';
import { OptionalNotNull, trimText } from '../../http/text-input.js';
import { IsEmailAsTyped, IsPhoneAsTyped } from './contact-input.js';

export class ContactDto {
  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.contactName })
  @OptionalNotNull()
  @IsString()
  @MaxLength(FIELD_LIMITS.contactName)
  @Transform(trimText)
  name?: string;

  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.contactTitle })
  @OptionalNotNull()
  @IsString()
  @MaxLength(FIELD_LIMITS.contactTitle)
  @Transform(trimText)
  title?: string;

  @ApiPropertyOptional({
    example: '138-1234-5678',
    description: 'phone or email is required; stored as a mainland mobile (13812345678) or in E.164 (+442079460958), separators and a +86 prefix removed',
  })
  @ValidateIf((contact: ContactDto) => contact.phone !== undefined || contact.email === undefined)
  @IsString({ message: 'phone or email is required' })
  @IsPhoneAsTyped()
  phone?: string;

  @ApiPropertyOptional({ example: 'zhang@example.com', description: 'stored trimmed and in lower case' })
  @ValidateIf((contact: ContactDto) => contact.email !== undefined || contact.phone === undefined)
  @IsString({ message: 'email must be a valid address (phone or email is required)' })
  @IsEmailAsTyped()
  @MaxLength(FIELD_LIMITS.email)
  email?: string;
}

export class SensitiveDto {
  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.idNumber })
  @OptionalNotNull()
  @Transform(trimText)
  @IsString()
  @MaxLength(FIELD_LIMITS.idNumber)
  idNumber?: string;
  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.bankAccount })
  @OptionalNotNull()
  @Transform(trimText)
  @IsString()
  @MaxLength(FIELD_LIMITS.bankAccount)
  bankAccount?: string;
}

/** The profile fields of SPEC §3, shared by registration (all required) and updates (all optional). */
export class CustomerProfileDto {
  @ApiProperty({ minLength: 1, maxLength: FIELD_LIMITS.name })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.name)
  name!: string;

  @ApiProperty({ enum: CUSTOMER_TYPES }) @IsIn(CUSTOMER_TYPES) type!: CustomerType;

  @ApiProperty({ type: ContactDto }) @IsObject() @ValidateNested() @Type(() => ContactDto) contact!: ContactDto;

  @ApiProperty({ example: 'internet', description: 'one of the configured industries (INDUSTRIES); the decider checks it' })
  @IsString()
  @IsNotEmpty()
  industry!: string;

  @ApiProperty({ example: 'HB' }) @IsString() @Matches(REGION_PATTERN, { message: 'region must be 2..4 uppercase letters' }) region!: string;

  @ApiProperty({ enum: CUSTOMER_SOURCES }) @IsIn(CUSTOMER_SOURCES) source!: CustomerSource;

  @ApiPropertyOptional({ enum: ENTERPRISE_SIZES }) @OptionalNotNull() @IsIn(ENTERPRISE_SIZES) size?: EnterpriseSize;

  @ApiPropertyOptional({ example: '2024-03-01' }) @OptionalNotNull() @IsISO8601({ strict: true }) firstContactAt?: string;

  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.needs }) @OptionalNotNull() @IsString() @MaxLength(FIELD_LIMITS.needs) needs?: string;
  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.notes }) @OptionalNotNull() @IsString() @MaxLength(FIELD_LIMITS.notes) notes?: string;

  @ApiPropertyOptional({ type: SensitiveDto }) @OptionalNotNull() @IsObject() @ValidateNested() @Type(() => SensitiveDto) sensitive?: SensitiveDto;
}
