import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CUSTOMER_SOURCES, CUSTOMER_STATUSES, CUSTOMER_TYPES, ENTERPRISE_SIZES, TAG_SOURCES } from '#domain';

class AsOfContactDto {
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() title?: string;
  @ApiPropertyOptional({ description: 'Masked as in current reads' }) phone?: string;
  @ApiPropertyOptional({ description: 'Masked as in current reads' }) email?: string;
}

class AsOfTagDto {
  @ApiProperty() tag!: string;
  @ApiProperty({ enum: TAG_SOURCES }) source!: string;
  @ApiPropertyOptional() ruleId?: string;
}

class AsOfReminderDto {
  @ApiProperty({ format: 'uuid' }) reminderId!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() assigneeId!: string;
  @ApiProperty({ enum: ['open', 'completed', 'cancelled'] }) status!: string;
}

class AsOfPointDto {
  @ApiPropertyOptional({ format: 'date-time' }) at?: string;
  @ApiPropertyOptional() revision?: number;
}

/** The customer exactly as its events made it at that instant (or revision). */
export class CustomerAsOfResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: CUSTOMER_TYPES }) type!: string;
  @ApiProperty({ type: AsOfContactDto }) contact!: AsOfContactDto;
  @ApiProperty() industry!: string;
  @ApiProperty() region!: string;
  @ApiProperty({ enum: CUSTOMER_SOURCES }) source!: string;
  @ApiPropertyOptional({ enum: ENTERPRISE_SIZES }) size?: string;
  @ApiPropertyOptional() firstContactAt?: string;
  @ApiPropertyOptional() needs?: string;
  @ApiPropertyOptional() notes?: string;
  @ApiProperty() ownerId!: string;
  @ApiProperty({ enum: CUSTOMER_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ type: [AsOfTagDto] }) tags!: AsOfTagDto[];
  @ApiProperty({ type: [String] }) orderIds!: string[];
  @ApiProperty() followUpCount!: number;
  @ApiPropertyOptional({ format: 'date-time' }) lastFollowUpAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) lastOrderAt?: string;
  @ApiProperty({ type: [AsOfReminderDto] }) reminders!: AsOfReminderDto[];
  @ApiPropertyOptional() personalDataErased?: boolean;
  @ApiProperty({ description: 'The last event folded in' }) revision!: number;
  @ApiProperty() position!: number;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: AsOfPointDto }) asOf!: AsOfPointDto;
}
