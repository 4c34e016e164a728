import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CUSTOMER_STATUSES, FIELD_LIMITS, type CustomerStatus } from '#domain';

export class ChangeCustomerStatusDto {
  @ApiProperty({ enum: CUSTOMER_STATUSES }) @IsIn(CUSTOMER_STATUSES) to!: CustomerStatus;

  @ApiProperty({ minLength: 1, maxLength: FIELD_LIMITS.reason })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.reason)
  reason!: string;
}
