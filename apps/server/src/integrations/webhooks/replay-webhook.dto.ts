import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

export class ReplayWebhookDto {
  @ApiProperty({ description: 'Re-send every matching event after this feed position (exclusive), up to the head now', example: 1040, minimum: 0 })
  @IsInt()
  @Min(0)
  from!: number;
}
