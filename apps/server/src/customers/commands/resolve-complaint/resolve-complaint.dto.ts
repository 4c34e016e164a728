import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { FIELD_LIMITS } from '#domain';

export class ResolveComplaintDto {
  @ApiProperty({ minLength: 1, maxLength: FIELD_LIMITS.content, example: 'Replaced the faulty unit and refunded the delivery fee' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.content)
  resolution!: string;

  @ApiPropertyOptional({ description: 'when it was resolved; defaults to now, may be in the past but not before the complaint' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}
