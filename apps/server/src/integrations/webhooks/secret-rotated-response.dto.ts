import { ApiProperty } from '@nestjs/swagger';

export class SecretRotatedResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The new secret; the previous one stays valid for the grace period' }) secret!: string;
  @ApiProperty({ format: 'date-time' }) secretRotatedAt!: string;
}
