import { ApiProperty } from '@nestjs/swagger';
import { RFM_SEGMENTS } from '#domain';
import { RfmThresholdsDto } from './rfm-thresholds.dto.js';

export class RfmSegmentRowView {
  @ApiProperty({ enum: RFM_SEGMENTS }) segment!: string;
  @ApiProperty({ description: 'in the Accept-Language (en, zh-Hans, zh-Hant), e.g. 重要價值客戶' }) label!: string;
  @ApiProperty() customers!: number;
  @ApiProperty({ description: 'all-time CNY spend, minor units' }) spend!: number;
}

export class RfmGridCellView {
  @ApiProperty({ minimum: 1, maximum: 5 }) r!: number;
  @ApiProperty({ minimum: 1, maximum: 5 }) f!: number;
  @ApiProperty() customers!: number;
  @ApiProperty({ description: 'CNY minor units' }) spend!: number;
}

export class RfmAnalysisView {
  @ApiProperty({ description: 'the instant recency is counted to' }) at!: string;
  @ApiProperty({ description: 'the RFM read model is still catching up with the feed (first start after an upgrade, a rebuild)' }) building!: boolean;
  @ApiProperty({ type: RfmThresholdsDto }) thresholds!: RfmThresholdsDto;
  @ApiProperty({ description: 'customers with a CNY order' }) customers!: number;
  @ApiProperty() spend!: number;
  @ApiProperty({ type: [RfmSegmentRowView], description: 'all eight segments, empty ones included' }) segments!: RfmSegmentRowView[];
  @ApiProperty({ type: [RfmGridCellView], description: 'R 5…1 × F 1…5' }) grid!: RfmGridCellView[];
}
