import { ApiProperty } from '@nestjs/swagger';

export class UserCreatedResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Global position of the event written' }) position!: number;
}
