import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FOLLOW_UP_METHODS, FOLLOW_UP_OUTCOMES, FOLLOW_UP_RESULTS } from '#domain';

class FollowUpViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: FOLLOW_UP_METHODS }) method!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ enum: FOLLOW_UP_RESULTS }) result!: string;
  @ApiPropertyOptional({ format: 'date-time' }) nextFollowUpAt?: string;
  @ApiProperty({ enum: FOLLOW_UP_OUTCOMES, isArray: true }) outcomes!: string[];
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class FollowUpListResponseDto {
  @ApiProperty({ type: [FollowUpViewDto], description: 'Newest first' }) items!: FollowUpViewDto[];
}
