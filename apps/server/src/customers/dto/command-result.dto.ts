import { ApiProperty } from '@nestjs/swagger';

/** What every command answers (SPEC §6): pass `position` as X-Min-Position to read your own write. */
export class CommandResultDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'revision of the customer stream after the command' }) revision!: number;
  @ApiProperty({ description: 'global position of the last event written' }) position!: number;
}
