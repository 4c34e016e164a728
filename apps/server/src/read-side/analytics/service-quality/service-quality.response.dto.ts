import { ApiProperty } from '@nestjs/swagger';
import { FOLLOW_UP_KINDS, SERVICE_CATEGORIES } from '#domain';

class CaseCountDto {
  @ApiProperty({ enum: FOLLOW_UP_KINDS }) kind!: string;
  @ApiProperty() count!: number;
}

class CategoryCountDto {
  @ApiProperty({ enum: SERVICE_CATEGORIES }) category!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ description: 'still open' }) open!: number;
}

class ComplaintMonthDto {
  @ApiProperty({ example: '2024-03', description: 'month in TIME_ZONE' }) month!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ description: 'of those, resolved since' }) resolved!: number;
}

class ComplaintsDto {
  @ApiProperty() total!: number;
  @ApiProperty() open!: number;
  @ApiProperty() resolved!: number;
  @ApiProperty({ type: [CategoryCountDto] }) byCategory!: CategoryCountDto[];
  @ApiProperty({ type: [ComplaintMonthDto] }) byMonth!: ComplaintMonthDto[];
}

class ResolutionDto {
  @ApiProperty() resolved!: number;
  @ApiProperty({ type: Number, nullable: true }) averageHours!: number | null;
  @ApiProperty({ type: Number, nullable: true }) medianHours!: number | null;
  @ApiProperty({ type: Number, nullable: true }) p90Hours!: number | null;
}

class SatisfactionMonthDto {
  @ApiProperty({ example: '2024-03' }) month!: string;
  @ApiProperty() responses!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) average!: number;
}

class SatisfactionDto {
  @ApiProperty() responses!: number;
  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5 }) average!: number | null;
  @ApiProperty({ type: [SatisfactionMonthDto] }) byMonth!: SatisfactionMonthDto[];
}

export class ServiceQualityResponseDto {
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty({ type: String, nullable: true }) to!: string | null;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone!: string;
  @ApiProperty({ type: [CaseCountDto] }) cases!: CaseCountDto[];
  @ApiProperty({ type: ComplaintsDto }) complaints!: ComplaintsDto;
  @ApiProperty({ type: ResolutionDto, description: 'hours from complaint to resolution' }) resolution!: ResolutionDto;
  @ApiProperty({ type: SatisfactionDto }) satisfaction!: SatisfactionDto;
}
