import { ApiProperty } from '@nestjs/swagger';

export class EventPageResponseDto {
  @ApiProperty({ type: 'array', items: { $ref: '#/components/schemas/FeedItem' }, description: 'In commit order' }) items!: Record<string, unknown>[];
  @ApiProperty({ description: 'Pass back as ?after= to resume without gaps or repeats' }) nextAfter!: number;
}
