import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ChainVerificationResponseDto {
  @ApiProperty() valid!: boolean;
  @ApiProperty({ description: 'Events checked' }) events!: number;
  @ApiPropertyOptional({ description: 'Revision where the chain first breaks' }) brokenAt?: number;
  @ApiPropertyOptional({ description: 'Why it breaks there' }) reason?: string;
  @ApiPropertyOptional({ description: 'Hash of the last event' }) headHash?: string;
  @ApiPropertyOptional({ description: 'Revision of the newest anchor the stream was checked against' }) anchoredRevision?: number;
}
