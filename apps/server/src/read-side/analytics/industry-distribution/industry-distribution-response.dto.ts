import { ApiProperty } from '@nestjs/swagger';

class IndustryShareDto {
  @ApiProperty({ example: 'manufacturing' }) industry!: string;
  @ApiProperty() customers!: number;
  @ApiProperty() won!: number;
  @ApiProperty({ description: 'customers / total', example: 0.25 }) share!: number;
}

export class IndustryDistributionResponseDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [IndustryShareDto] }) items!: IndustryShareDto[];
}
