import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REMINDER_STATUSES } from '#domain';

class ReminderViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiProperty({ example: 'contact within 30 days' }) reason!: string;
  @ApiProperty({ description: 'The current assignee (follows the customer to a new owner)' }) assigneeId!: string;
  @ApiProperty({ enum: REMINDER_STATUSES }) status!: string;
  @ApiPropertyOptional({ description: 'The rule that scheduled it' }) ruleId?: string;
  @ApiProperty({ format: 'date-time' }) scheduledAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) completedAt?: string;
  @ApiPropertyOptional() completedBy?: string;
  @ApiPropertyOptional({ format: 'date-time' }) cancelledAt?: string;
  @ApiPropertyOptional() cancelReason?: string;
  @ApiProperty({ description: 'Open and due before now' }) overdue!: boolean;
}

export class ReminderPageResponseDto {
  @ApiProperty({ type: [ReminderViewDto] }) items!: ReminderViewDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
