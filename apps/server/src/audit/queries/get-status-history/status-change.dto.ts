import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CUSTOMER_STATUSES } from '#domain';

export class StatusChangeDto {
  @ApiProperty({ type: String, enum: CUSTOMER_STATUSES, nullable: true, description: 'null for the registration' }) from!: string | null;
  @ApiProperty({ enum: CUSTOMER_STATUSES }) to!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() actorId!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() position!: number;
  @ApiPropertyOptional({ description: 'The rule that changed it (deal-closed)' }) ruleId?: string;
}
