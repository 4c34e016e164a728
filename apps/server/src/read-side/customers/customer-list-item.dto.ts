import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CUSTOMER_SOURCES, CUSTOMER_STATUSES, CUSTOMER_TYPES, TAG_SOURCES } from '#domain';

class ContactViewDto {
  @ApiPropertyOptional({ example: 'Zhang San' }) name?: string;
  @ApiPropertyOptional({ example: 'Purchasing manager' }) title?: string;
  @ApiPropertyOptional({ description: 'Masked (138****5678) unless you are admin or the owner', example: '138****5678' }) phone?: string;
  @ApiPropertyOptional({ description: 'Masked (z***@example.com) unless you are admin or the owner', example: 'z***@example.com' }) email?: string;
}

class CustomerTagDto {
  @ApiProperty({ example: 'high-value' }) tag!: string;
  @ApiProperty({ enum: TAG_SOURCES }) source!: string;
  @ApiPropertyOptional({ description: 'The rule that set it (source rule)', example: 'high-value' }) ruleId?: string;
}

class ValueMetricsDto {
  @ApiProperty({ description: 'Order total of the last 12 months, in minor units (fen for CNY)', example: 12500050 }) trailing12MonthSpend!: number;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty() orderCount!: number;
  @ApiPropertyOptional({ format: 'date-time' }) lastOrderAt?: string;
  @ApiProperty({ enum: ['high', 'potential', 'normal', 'low'] }) tier!: string;
}

export class ChurnRiskViewDto {
  @ApiProperty({ minimum: 0, maximum: 100, example: 65 }) score!: number;
  @ApiProperty({ enum: ['high', 'medium', 'low'] }) level!: string;
  @ApiProperty({ type: [String], example: ['no interaction for 75 days'] }) reasons!: string[];
}

/** A customer as lists show it, masked and scoped for the caller. */
export class CustomerListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'HB-INT-2024-001' }) code!: string;
  @ApiProperty({ example: 'Acme Trading' }) name!: string;
  @ApiProperty({ enum: CUSTOMER_TYPES }) type!: string;
  @ApiProperty({ type: ContactViewDto }) contact!: ContactViewDto;
  @ApiProperty({ example: 'internet' }) industry!: string;
  @ApiProperty({ example: 'HB' }) region!: string;
  @ApiProperty({ enum: CUSTOMER_SOURCES }) source!: string;
  @ApiProperty({ enum: CUSTOMER_STATUSES }) status!: string;
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty({ type: [CustomerTagDto] }) tags!: CustomerTagDto[];
  @ApiProperty({ description: 'Revision of the customer stream: send it as If-Match' }) revision!: number;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastInteractionAt!: string | null;
  @ApiPropertyOptional({ type: ValueMetricsDto, description: 'Absent for a role that hides value' }) value?: ValueMetricsDto;
  @ApiProperty({ type: ChurnRiskViewDto, nullable: true }) churnRisk!: ChurnRiskViewDto | null;
}
