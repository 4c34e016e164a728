import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { DeliveryStatus } from '../delivery/webhook-outbox.js';

export class DeliveriesQueryDto {
  @IsOptional() @IsIn(['pending', 'delivered', 'failed', 'cancelled']) status?: DeliveryStatus;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}
