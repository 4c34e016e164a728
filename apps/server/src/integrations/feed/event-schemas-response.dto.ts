import { ApiProperty } from '@nestjs/swagger';

class PublishedEventSchemaDto {
  @ApiProperty({ example: 'CustomerRegistered' }) type!: string;
  @ApiProperty({ description: 'metadata.schemaVersion of the events it describes' }) schemaVersion!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema (draft 2020-12) of the event data' }) schema!: Record<string, unknown>;
}

export class EventSchemasResponseDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema of the feed item envelope' }) envelope!: Record<string, unknown>;
  @ApiProperty({ type: [PublishedEventSchemaDto] }) events!: PublishedEventSchemaDto[];
}
