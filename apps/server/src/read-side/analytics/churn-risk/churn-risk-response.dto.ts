import { ApiProperty } from '@nestjs/swagger';
import { CUSTOMER_STATUSES } from '#domain';
import { ChurnRiskViewDto } from '../../customers/customer-list-item.dto.js';

class ChurnRiskItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty({ enum: CUSTOMER_STATUSES }) status!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastInteractionAt!: string | null;
  @ApiProperty({ type: ChurnRiskViewDto }) churnRisk!: ChurnRiskViewDto;
}

export class ChurnRiskResponseDto {
  @ApiProperty({ type: [ChurnRiskItemDto], description: 'Highest score first' }) items!: ChurnRiskItemDto[];
}
