import { ApiProperty } from '@nestjs/swagger';
import { HistoryItemDto } from './history-item.dto.js';

/** A whole stream's events, oldest first. */
export class HistoryListResponseDto {
  @ApiProperty({ type: [HistoryItemDto] }) items!: HistoryItemDto[];
}
