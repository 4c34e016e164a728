import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

const MERGED = ['merged'] as const;
type Merged = (typeof MERGED)[number];

/** Which profile fields the survivor takes from the merged customer (`'merged'`); the others keep the survivor's value. */
export class MergeTakeDto {
  @ApiPropertyOptional({ enum: MERGED }) @IsOptional() @IsIn(MERGED) name?: Merged;
  @ApiPropertyOptional({ enum: MERGED }) @IsOptional() @IsIn(MERGED) type?: Merged;
  @ApiPropertyOptional({ enum: MERGED }) @IsOptional() @IsIn(MERGED) contact?: Merged;
  @ApiPropertyOptional({ enum: MERGED }) @IsOptional() @IsIn(MERGED) industry?: Merged;
  @ApiPropertyOptional({ enum: MERGED }) @IsOptional() @IsIn(MERGED) region?: Merged;
  @ApiPropertyOptional({ enum: MERGED }) @IsOptional() @IsIn(MERGED) source?: Merged;
  @ApiPropertyOptional({ enum: MERGED }) @IsOptional() @IsIn(MERGED) size?: Merged;
  @ApiPropertyOptional({ enum: MERGED }) @IsOptional() @IsIn(MERGED) firstContactAt?: Merged;
  @ApiPropertyOptional({ enum: MERGED }) @IsOptional() @IsIn(MERGED) needs?: Merged;
  @ApiPropertyOptional({ enum: MERGED }) @IsOptional() @IsIn(MERGED) notes?: Merged;
}
