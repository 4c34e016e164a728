import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { FIELD_LIMITS } from '#domain';

export class ErasePersonalDataDto {
  @ApiProperty({ example: 'PIPL deletion request #2024-117', minLength: 1, maxLength: FIELD_LIMITS.reason })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FIELD_LIMITS.reason)
  reason!: string;
}
