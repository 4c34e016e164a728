import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CUSTOMER_STATUSES, FIELD_LIMITS, TAG_PATTERN, type CustomerStatus } from '#domain';

const BULK_ACTIONS = ['tag', 'untag', 'changeOwner', 'changeStatus', 'archive'] as const;
export type BulkActionType = (typeof BULK_ACTIONS)[number];

/** The most ids one request may name (the filter's cap is BULK_MAX_CUSTOMERS). */
const MAX_IDS = 10_000;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The list route's filters (GET /v1/customers), selecting the customers to act on among those the caller sees. */
export class BulkFilterDto {
  @ApiPropertyOptional({ enum: CUSTOMER_STATUSES }) @IsOptional() @IsIn(CUSTOMER_STATUSES) status?: CustomerStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(FIELD_LIMITS.tag) tag?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) ownerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) industry?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4) region?: string;
  @ApiPropertyOptional({ description: 'as in the list: substring where shown in clear, else whole values' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** One action for every selected customer; each needs the permission of its single-customer route. */
export class BulkActionDto {
  @ApiProperty({ enum: BULK_ACTIONS }) @IsIn(BULK_ACTIONS) type!: BulkActionType;

  @ApiPropertyOptional({ description: 'tag, untag' })
  @ValidateIf((action: BulkActionDto) => action.type === 'tag' || action.type === 'untag')
  @IsString()
  @Length(1, FIELD_LIMITS.tag)
  @Matches(TAG_PATTERN, { message: 'tag must not start or end with spaces' })
  tag?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'changeOwner' })
  @ValidateIf((action: BulkActionDto) => action.type === 'changeOwner')
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_STATUSES, description: 'changeStatus' })
  @ValidateIf((action: BulkActionDto) => action.type === 'changeStatus')
  @IsIn(CUSTOMER_STATUSES)
  to?: CustomerStatus;

  @ApiPropertyOptional({ maxLength: FIELD_LIMITS.reason, description: 'changeStatus, archive' })
  @ValidateIf((action: BulkActionDto) => action.type === 'changeStatus' || action.type === 'archive')
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.reason)
  reason?: string;
}

/** `ids` or `filter`, not both. */
export class BulkCustomersDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_IDS })
  @ValidateIf((body: BulkCustomersDto) => body.ids !== undefined || body.filter === undefined)
  @IsArray({ message: 'ids or filter is required' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_IDS)
  @IsUUID('4', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ type: BulkFilterDto })
  @ValidateIf((body: BulkCustomersDto) => body.filter !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => BulkFilterDto)
  filter?: BulkFilterDto;

  @ApiProperty({ type: BulkActionDto }) @IsObject() @ValidateNested() @Type(() => BulkActionDto) action!: BulkActionDto;
}
