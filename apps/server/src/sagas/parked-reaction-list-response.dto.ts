import { ApiProperty } from '@nestjs/swagger';
import { ParkedReactionDto } from './parked-reaction.dto.js';

export class ParkedReactionListResponseDto {
  @ApiProperty({ type: [ParkedReactionDto], description: 'Newest first' }) items!: ParkedReactionDto[];
}
