import { ApiProperty } from '@nestjs/swagger';
import { WebhookViewDto } from './webhook-view.dto.js';

export class WebhookCreatedResponseDto extends WebhookViewDto {
  @ApiProperty({ description: 'The signing secret, shown only here and on rotation', example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }) secret!: string;
}
