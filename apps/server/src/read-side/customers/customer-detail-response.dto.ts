import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ENTERPRISE_SIZES, FOLLOW_UP_RESULTS } from '#domain';
import { CustomerListItemDto } from './customer-list-item.dto.js';

/** One customer's profile (GET /v1/customers/:id); its ETag is the revision. */
export class CustomerDetailResponseDto extends CustomerListItemDto {
  @ApiPropertyOptional({ enum: ENTERPRISE_SIZES }) size?: string;
  @ApiPropertyOptional({ example: '2024-03-01' }) firstContactAt?: string;
  @ApiPropertyOptional() needs?: string;
  @ApiPropertyOptional() notes?: string;
  @ApiProperty({ format: 'date-time' }) statusChangedAt!: string;
  @ApiProperty() followUpCount!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastFollowUpAt!: string | null;
  @ApiProperty({ type: String, enum: FOLLOW_UP_RESULTS, nullable: true }) lastFollowUpResult!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextFollowUpAt!: string | null;
}
