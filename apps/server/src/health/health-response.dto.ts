import { ApiProperty } from '@nestjs/swagger';

export class HealthResponseDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'object',
      properties: { status: { type: 'string', enum: ['up', 'down'] }, error: { type: 'string' } },
      required: ['status'],
    },
    description: 'eventStore, readStore, and projections / sagas when a subscriber stopped',
  })
  checks!: Record<string, { status: 'up' | 'down'; error?: string }>;
}
