import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DELIVERY_FORMATS, SUBSCRIBABLE_REPORTS } from '#domain';
import { DeliveryScheduleDto } from './report-subscription.dto.js';

export class ReportSubscriptionViewDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SUBSCRIBABLE_REPORTS }) report!: string;
  @ApiProperty({ enum: DELIVERY_FORMATS }) format!: string;
  @ApiProperty({ type: [String] }) recipients!: string[];
  @ApiProperty({ type: DeliveryScheduleDto }) schedule!: DeliveryScheduleDto;
  @ApiProperty() ownerId!: string;
  @ApiProperty() createdAt!: string;
}

export class ReportSubscriptionListDto {
  @ApiProperty({ type: [ReportSubscriptionViewDto] }) items!: ReportSubscriptionViewDto[];
}

class RecipientDeliveryDto {
  @ApiProperty() userId!: string;
  @ApiProperty() inboxItemId!: string;
  @ApiProperty() emailed!: boolean;
  @ApiPropertyOptional() error?: string;
}

export class ReportRunOutcomeDto {
  @ApiProperty() runId!: string;
  @ApiProperty({ example: 'week-of-2024-06-17' }) period!: string;
  @ApiProperty({ enum: ['delivered', 'already-delivered', 'in-progress'] }) status!: string;
  @ApiProperty({ type: [RecipientDeliveryDto] }) deliveries!: RecipientDeliveryDto[];
}

export class InboxEntryDto {
  @ApiProperty() id!: string;
  @ApiProperty() subscriptionId!: string;
  @ApiProperty() runId!: string;
  @ApiProperty({ enum: SUBSCRIBABLE_REPORTS }) report!: string;
  @ApiProperty({ enum: DELIVERY_FORMATS }) format!: string;
  @ApiProperty() period!: string;
  @ApiProperty() generatedAt!: string;
  @ApiProperty() filename!: string;
  @ApiProperty() contentType!: string;
}

export class InboxPageDto {
  @ApiProperty({ type: [InboxEntryDto] }) items!: InboxEntryDto[];
}
