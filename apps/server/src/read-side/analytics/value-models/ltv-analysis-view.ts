import { ApiProperty } from '@nestjs/swagger';
import { RFM_SEGMENTS } from '#domain';

class LifetimeValueView {
  @ApiProperty({ description: 'averageOrderValue × purchasesPerYear × expectedLifetimeYears, CNY minor units' }) value!: number;
  @ApiProperty() averageOrderValue!: number;
  @ApiProperty({ description: 'orders per year since the first order (at least one year counted)' }) purchasesPerYear!: number;
  @ApiProperty({ description: 'by RFM segment (value 3, develop 2, keep 1.5, retain 0.5; churned 0), at most horizonYears' })
  expectedLifetimeYears!: number;
  @ApiProperty({ enum: [3] }) horizonYears!: number;
  @ApiProperty({ enum: ['CNY'] }) currency!: string;
}

export class LtvSegmentRowView {
  @ApiProperty({ enum: RFM_SEGMENTS }) segment!: string;
  @ApiProperty() label!: string;
  @ApiProperty() customers!: number;
  @ApiProperty({ description: 'sum of LTV' }) ltv!: number;
  @ApiProperty() averageLtv!: number;
}

export class LtvCustomerRowView extends LifetimeValueView {
  @ApiProperty() customerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() ownerId!: string;
  @ApiProperty({ enum: RFM_SEGMENTS }) segment!: string;
}

export class LtvAnalysisView {
  @ApiProperty() at!: string;
  @ApiProperty({ description: 'the RFM read model is still catching up with the feed' }) building!: boolean;
  @ApiProperty({ enum: [3] }) horizonYears!: number;
  @ApiProperty() customers!: number;
  @ApiProperty({ description: 'sum of every LTV' }) ltv!: number;
  @ApiProperty({ type: [LtvSegmentRowView] }) segments!: LtvSegmentRowView[];
  @ApiProperty({ type: [LtvCustomerRowView], description: 'highest LTV first' }) top!: LtvCustomerRowView[];
}
