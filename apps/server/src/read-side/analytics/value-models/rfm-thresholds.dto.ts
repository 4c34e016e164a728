import { ApiProperty } from '@nestjs/swagger';
import type { ScoreEdges } from '#domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Min } from 'class-validator';

const edges = (description: string) => ApiProperty({ type: [Number], minItems: 4, maxItems: 4, description });

export class RfmThresholdsDto {
  @edges('days since the last order, ascending: at most the first scores R 5, … at most the fourth 2, more 1')
  @IsArray()
  @ArrayMinSize(4)
  @ArrayMaxSize(4)
  @IsInt({ each: true })
  @Min(0, { each: true })
  recencyDays!: ScoreEdges;

  @edges('orders (all time), ascending: from the first scores F 2, … from the fourth 5')
  @IsArray()
  @ArrayMinSize(4)
  @ArrayMaxSize(4)
  @IsInt({ each: true })
  @Min(1, { each: true })
  frequency!: ScoreEdges;

  @edges('spend (all time, CNY minor units), ascending: from the first scores M 2, … from the fourth 5')
  @IsArray()
  @ArrayMinSize(4)
  @ArrayMaxSize(4)
  @IsInt({ each: true })
  @Min(0, { each: true })
  monetary!: ScoreEdges;
}
