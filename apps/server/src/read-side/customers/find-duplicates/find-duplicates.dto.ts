import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ReadQueryDto } from '../../http/read-query.dto.js';

export class FindDuplicatesDto extends ReadQueryDto {
  @ApiPropertyOptional({ description: "only groups among this owner's customers (within the caller's scope)" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  ownerId?: string;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() @MaxLength(500) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}
