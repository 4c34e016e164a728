import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DELIVERY_FORMATS, MAX_RECIPIENTS, SUBSCRIBABLE_REPORTS, type DeliveryFormat, type DeliverySchedule, type SubscribableReport } from '#domain';

export class DeliveryScheduleDto {
  @ApiProperty({ enum: ['weekly', 'monthly'], description: 'weekly on a weekday (每週一) or monthly on a day (每月1日), at an hour, in TIME_ZONE' })
  @IsIn(['weekly', 'monthly'])
  kind!: 'weekly' | 'monthly';

  @ApiPropertyOptional({ minimum: 1, maximum: 7, description: 'weekly: ISO weekday, 1 = Monday', example: 1 })
  @ValidateIf((s: DeliveryScheduleDto) => s.kind === 'weekly')
  @IsInt()
  @Min(1)
  @Max(7)
  weekday?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 28, description: 'monthly: day of the month', example: 1 })
  @ValidateIf((s: DeliveryScheduleDto) => s.kind === 'monthly')
  @IsInt()
  @Min(1)
  @Max(28)
  day?: number;

  @ApiProperty({ minimum: 0, maximum: 23, example: 8 })
  @IsInt()
  @Min(0)
  @Max(23)
  hour!: number;
}

export class ReportSubscriptionDto {
  @ApiProperty({ maxLength: 100, example: '華東團隊周報' }) @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
  @ApiProperty({ enum: SUBSCRIBABLE_REPORTS }) @IsIn(SUBSCRIBABLE_REPORTS) report!: SubscribableReport;
  @ApiProperty({ enum: DELIVERY_FORMATS }) @IsIn(DELIVERY_FORMATS) format!: DeliveryFormat;

  @ApiProperty({ type: [String], description: 'user ids; each gets the report as their own role and team may see it' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RECIPIENTS)
  @IsUUID('all', { each: true })
  recipients!: string[];

  @ApiProperty({ type: DeliveryScheduleDto }) @ValidateNested() @Type(() => DeliveryScheduleDto) schedule!: DeliveryScheduleDto;
}

export function scheduleOf(dto: DeliveryScheduleDto): DeliverySchedule {
  return dto.kind === 'weekly'
    ? { kind: 'weekly', weekday: dto.weekday as number, hour: dto.hour }
    : { kind: 'monthly', day: dto.day as number, hour: dto.hour };
}
