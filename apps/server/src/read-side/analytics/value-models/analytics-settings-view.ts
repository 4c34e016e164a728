import { ApiProperty } from '@nestjs/swagger';
import { LifecycleThresholdsDto } from './lifecycle-thresholds.dto.js';
import { RfmThresholdsDto } from './rfm-thresholds.dto.js';

export class SettingsChangeView {
  @ApiProperty({ enum: ['RfmThresholdsChanged', 'LifecycleThresholdsChanged'] }) type!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the thresholds set, with changedAt' }) data!: Record<string, unknown>;
  @ApiProperty({ description: 'who changed them' }) actorId!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ description: 'revision of the analytics-settings stream' }) revision!: number;
}

export class AnalyticsSettingsView {
  @ApiProperty({ type: RfmThresholdsDto }) rfm!: RfmThresholdsDto;
  @ApiProperty({ type: LifecycleThresholdsDto }) lifecycle!: LifecycleThresholdsDto;
  @ApiProperty({ description: 'revision of the analytics-settings stream; -1 while only the defaults apply' }) revision!: number;
  @ApiProperty({ type: [SettingsChangeView], description: 'every change, oldest first' }) history!: SettingsChangeView[];
}
