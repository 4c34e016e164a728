import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RULE_IDS } from '#sagas';

export class RuleSettingsDto {
  @ApiProperty({ enum: RULE_IDS }) id!: string;
  @ApiProperty() description!: string;
  @ApiProperty() enabled!: boolean;
  @ApiPropertyOptional({ description: 'The tag the rule sets (or removes)' }) tag?: string;
  @ApiPropertyOptional({ description: 'Minor units (fen): 10,000,000 = 100,000.00 CNY' }) threshold?: number;
  @ApiPropertyOptional() windowDays?: number;
  @ApiProperty({ description: '1 for the defaults; +1 per admin change' }) version!: number;
  @ApiPropertyOptional({ format: 'date-time' }) updatedAt?: string;
  @ApiPropertyOptional() updatedBy?: string;
}
