import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A webhook subscription as the API shows it: never its secret. */
export class WebhookViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'https://hooks.example.com/dossier' }) url!: string;
  @ApiProperty({ type: [String], example: ['CustomerStatusChanged', 'FollowUpRecorded'] }) eventTypes!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) secretRotatedAt?: string;
}
