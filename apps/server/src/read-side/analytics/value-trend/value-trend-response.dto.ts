import { ApiProperty } from '@nestjs/swagger';

class ValueTrendPointDto {
  @ApiProperty({ example: '2024-Q2', description: 'YYYY-MM or YYYY-Qn' }) period!: string;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ description: 'Order total in minor units (fen for CNY)' }) amount!: number;
  @ApiProperty() orders!: number;
}

export class ValueTrendResponseDto {
  @ApiProperty({ enum: ['month', 'quarter'] }) granularity!: string;
  @ApiProperty({ type: [ValueTrendPointDto] }) items!: ValueTrendPointDto[];
}
