import { ApiProperty } from '@nestjs/swagger';
import { LIFECYCLE_STAGES } from '#domain';
import { LifecycleThresholdsDto } from './lifecycle-thresholds.dto.js';

export class StageCountsView {
  @ApiProperty({ description: '潛客' }) prospect!: number;
  @ApiProperty({ description: '新客' }) new!: number;
  @ApiProperty({ description: '活躍客戶' }) active!: number;
  @ApiProperty({ description: '沉默客戶' }) silent!: number;
  @ApiProperty({ description: '流失客戶' }) lost!: number;
}

export class LifecycleMonthView {
  @ApiProperty({ example: '2024-04' }) month!: string;
  @ApiProperty({ type: StageCountsView, description: 'customers in each stage at the end of the month' }) stages!: StageCountsView;
}

export class LifecycleFlowView {
  @ApiProperty() month!: string;
  @ApiProperty({ enum: LIFECYCLE_STAGES }) from!: string;
  @ApiProperty({ enum: LIFECYCLE_STAGES }) to!: string;
  @ApiProperty() count!: number;
}

export class LifecycleAnalysisView {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'TIME_ZONE: the months are its months' }) timeZone!: string;
  @ApiProperty({ description: 'the lifecycle read model is still catching up with the feed' }) building!: boolean;
  @ApiProperty({ type: LifecycleThresholdsDto }) thresholds!: LifecycleThresholdsDto;
  @ApiProperty({ type: [LifecycleMonthView] }) months!: LifecycleMonthView[];
  @ApiProperty({ type: [LifecycleFlowView], description: 'stage at the end of the month before → at the end of this one' }) flows!: LifecycleFlowView[];
}

export class StageEntryView {
  @ApiProperty({ enum: LIFECYCLE_STAGES }) stage!: string;
  @ApiProperty() label!: string;
  @ApiProperty() enteredAt!: string;
}

export class CustomerLifecycleView {
  @ApiProperty() customerId!: string;
  @ApiProperty({ enum: LIFECYCLE_STAGES, nullable: true }) stage!: string | null;
  @ApiProperty({ nullable: true, type: String }) since!: string | null;
  @ApiProperty({ type: [StageEntryView], description: 'every stage entered, oldest first' }) history!: StageEntryView[];
  @ApiProperty({ type: LifecycleThresholdsDto }) thresholds!: LifecycleThresholdsDto;
  @ApiProperty() building!: boolean;
}
