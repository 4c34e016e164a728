import { ApiProperty } from '@nestjs/swagger';
import { CommandResultDto } from '../../dto/command-result.dto.js';

/** A merge or unmerge: the customer named in the path, and the survivor's stream after its side. */
export class MergeResultDto extends CommandResultDto {
  @ApiProperty({ format: 'uuid', description: 'Links the events of this merge on both streams' }) mergeId!: string;
  @ApiProperty({ type: CommandResultDto, description: 'The survivor: pass the larger position as X-Min-Position' }) survivor!: CommandResultDto;
}
