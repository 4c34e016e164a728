import { ApiProperty } from '@nestjs/swagger';
import { HistoryItemDto } from '../../history-item.dto.js';

export class HistoryPageResponseDto {
  @ApiProperty({ type: [HistoryItemDto], description: 'Oldest first' }) items!: HistoryItemDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Pass as ?fromRevision= for the next page; null on the last' }) nextRevision!: number | null;
}
