import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FIELD_LIMITS } from '#domain';
import { IsInt, IsISO8601, IsNotEmpty, IsOptional, IsPositive, IsString, Matches, Max, MaxLength } from 'class-validator';

export class RecordOrderDto {
  @ApiProperty({ description: 'your order number; recording it twice is a no-op', maxLength: FIELD_LIMITS.orderId })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.orderId)
  orderId!: string;

  @ApiProperty({ description: 'positive integer in minor units (fen for CNY)', example: 1250000 })
  @IsInt()
  @IsPositive()
  @Max(Number.MAX_SAFE_INTEGER)
  amount!: number;

  @ApiPropertyOptional({ default: 'CNY' }) @IsOptional() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' }) currency?: string;

  @ApiPropertyOptional({ description: 'defaults to now; may be in the past' }) @IsOptional() @IsISO8601({ strict: true }) orderedAt?: string;
}
