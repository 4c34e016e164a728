import { ApiProperty } from '@nestjs/swagger';

class DeliveryAttemptDto {
  @ApiProperty({ description: '1 for the first attempt' }) attempt!: number;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'The receiver’s answer; null when none came' }) statusCode!: number | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty() durationMs!: number;
}

class DeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'The delivery id: the event id, sent as webhook-id (redeliver it with this id)' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'Same as id' }) eventId!: string;
  @ApiProperty() type!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ description: 'Feed position of the event' }) position!: number;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed', 'cancelled'] }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode!: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextRetryAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt!: string | null;
  @ApiProperty({ type: [DeliveryAttemptDto], description: 'Every attempt, redeliveries and replays included' }) history!: DeliveryAttemptDto[];
}

export class DeliveryLogResponseDto {
  @ApiProperty({ type: [DeliveryDto], description: 'Newest first' }) items!: DeliveryDto[];
}
