import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class LifecycleThresholdsDto {
  @ApiProperty({ minimum: 1, description: 'days a customer stays new (新客) after the first order' })
  @IsInt()
  @Min(1)
  @Max(3650)
  newDays!: number;

  @ApiProperty({ minimum: 1, description: 'days without an order or follow-up before a customer is silent (沉默客戶)' })
  @IsInt()
  @Min(1)
  @Max(3650)
  silentAfterDays!: number;

  @ApiProperty({ minimum: 2, description: 'days without an order or follow-up before a customer is lost (流失客戶); more than silentAfterDays' })
  @IsInt()
  @Min(2)
  @Max(3650)
  lostAfterDays!: number;
}
