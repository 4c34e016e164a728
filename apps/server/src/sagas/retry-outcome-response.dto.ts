import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class RetryOutcomeResponseDto {
  @ApiProperty({ format: 'uuid', description: 'The parked reaction' }) id!: string;
  @ApiProperty({ enum: ['applied', 'parked'], description: 'applied: its effects are in place and it left the parked list; parked: it failed again' })
  status!: 'applied' | 'parked';
  @ApiProperty({ description: 'Events the retry appended; 0 when its effects were already in place' }) appended!: number;
  @ApiPropertyOptional({ description: 'Why it failed again' }) error?: string;
}
