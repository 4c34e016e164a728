import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

const MAX_PAGE_SIZE = 1000;

export class FeedQueryDto {
  /** Exclusive: events after this global position; the `nextAfter` of the previous page. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) after?: number;
  /** Comma-separated event types. */
  @IsOptional() @IsString() types?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE_SIZE) limit?: number;
}
