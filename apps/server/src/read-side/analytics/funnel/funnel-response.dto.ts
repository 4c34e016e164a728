import { ApiProperty } from '@nestjs/swagger';

class StageCountsDto {
  @ApiProperty() prospect!: number;
  @ApiProperty() qualified!: number;
  @ApiProperty() won!: number;
  @ApiProperty() churned!: number;
}

class StageRatesDto {
  @ApiProperty({ type: Number, nullable: true }) prospectToQualified!: number | null;
  @ApiProperty({ type: Number, nullable: true }) qualifiedToWon!: number | null;
  @ApiProperty({ type: Number, nullable: true }) prospectToWon!: number | null;
}

class FunnelGroupDto {
  @ApiProperty({ description: 'The group value (owner id, industry, region, source), or "all"', example: 'manufacturing' }) key!: string;
  @ApiProperty({ description: 'Customers registered in [from, to)' }) registered!: number;
  @ApiProperty({ type: StageCountsDto, description: 'How many of the cohort ever reached each stage' }) reached!: StageCountsDto;
  @ApiProperty({ type: StageRatesDto, description: 'Share of the previous stage that reached the next; null when it is empty' }) conversion!: StageRatesDto;
  @ApiProperty({ type: StageRatesDto, description: 'Median days between the stages' }) medianDays!: StageRatesDto;
  @ApiProperty({ type: StageCountsDto, description: 'The cohort by current status' }) current!: StageCountsDto;
}

export class FunnelResponseDto {
  @ApiProperty({ type: String, nullable: true, example: '2024-01-01' }) from!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2024-07-01' }) to!: string | null;
  @ApiProperty({ type: String, enum: ['owner', 'industry', 'region', 'source'], nullable: true }) groupBy!: string | null;
  @ApiProperty({ type: [FunnelGroupDto] }) groups!: FunnelGroupDto[];
}
