import { ApiProperty } from '@nestjs/swagger';
import { RuleSettingsDto } from './rule-settings.dto.js';

export class RuleListResponseDto {
  @ApiProperty({ type: [RuleSettingsDto] }) items!: RuleSettingsDto[];
}
