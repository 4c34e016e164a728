import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class EventMetadataDto {
  @ApiProperty({ description: 'Who did it: a user id, or system:rules for a rule' }) actorId!: string;
  @ApiProperty({ example: 'sales' }) actorRole!: string;
  @ApiProperty() correlationId!: string;
  @ApiProperty() causationId!: string;
  @ApiProperty({ format: 'date-time', description: 'Business time: when it happened in the world' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty() schemaVersion!: number;
  @ApiProperty() prevHash!: string;
  @ApiPropertyOptional() hashVersion?: number;
  @ApiProperty({ description: 'SHA-256 over prevHash, type, data and metadata' }) hash!: string;
}

/** One recorded event with its metadata, as audit reads show it. */
export class HistoryItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CustomerStatusChanged' }) type!: string;
  @ApiProperty({ description: '0-based revision in its stream' }) revision!: number;
  @ApiProperty({ description: 'Global position' }) position!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event data (see the published event schemas)' }) data!: Record<string, unknown>;
  @ApiProperty({ type: EventMetadataDto }) metadata!: EventMetadataDto;
}
