import { ApiProperty } from '@nestjs/swagger';

export class RebuildAcceptedResponseDto {
  @ApiProperty({ description: 'The rebuild request' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['rebuilding'] }) status!: 'rebuilding';
  @ApiProperty({ enum: ['requested', 'running', 'done', 'failed'] }) state!: string;
}
