import { ApiProperty } from '@nestjs/swagger';
import { WebhookViewDto } from './webhook-view.dto.js';

export class WebhookListResponseDto {
  @ApiProperty({ type: [WebhookViewDto] }) items!: WebhookViewDto[];
}
