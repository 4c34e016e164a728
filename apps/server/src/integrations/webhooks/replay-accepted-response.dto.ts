import { ApiProperty } from '@nestjs/swagger';

export class ReplayAcceptedResponseDto {
  @ApiProperty({ format: 'uuid' }) webhookId!: string;
  @ApiProperty({ description: 'Events after this position are sent again…' }) from!: number;
  @ApiProperty({ description: '…up to and including this one (the head when asked); later ones are delivered as usual' }) upTo!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) requestedAt!: string | null;
  @ApiProperty({ description: 'Global position of the recorded request' }) position!: number;
}
