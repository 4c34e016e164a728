import { ApiProperty } from '@nestjs/swagger';

export class RedeliveryAcceptedResponseDto {
  @ApiProperty({ format: 'uuid' }) webhookId!: string;
  @ApiProperty({ format: 'uuid', description: 'The delivery (its event id, sent again as the same webhook-id)' }) deliveryId!: string;
  @ApiProperty({ description: 'Feed position of the event sent again' }) eventPosition!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the request was recorded in the webhook stream' })
  requestedAt!: string | null;
  @ApiProperty({ description: 'Global position of the recorded request' }) position!: number;
}
