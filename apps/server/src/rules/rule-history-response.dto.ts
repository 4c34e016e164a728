import { ApiProperty } from '@nestjs/swagger';
import { RULE_IDS } from '#sagas';

class RuleChangeDto {
  @ApiProperty({ enum: RULE_IDS }) ruleId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The fields set by this version (enabled, tag, threshold, windowDays)' })
  changes!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiProperty() changedBy!: string;
}

export class RuleHistoryResponseDto {
  @ApiProperty({ type: [RuleChangeDto], description: 'Oldest first' }) items!: RuleChangeDto[];
}
