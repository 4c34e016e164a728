import { ApiProperty } from '@nestjs/swagger';
import { AdminJobDto } from '../../openapi/admin-job.dto.js';

class ProjectionStatusDto {
  @ApiProperty({ example: 'customer-profiles' }) name!: string;
  @ApiProperty({ enum: ['running', 'stopped', 'failed'] }) state!: string;
  @ApiProperty({ description: 'Global position of the last event in the read model' }) position!: number;
  @ApiProperty({ description: 'Positions behind the head of the feed' }) lag!: number;
  @ApiProperty() running!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The process holding the projections lease' }) holder!: string | null;
  @ApiProperty() rebuilding!: boolean;
  @ApiProperty({ type: AdminJobDto, nullable: true }) lastRebuild!: AdminJobDto | null;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) failedAt!: string | null;
}

export class ProjectionListResponseDto {
  @ApiProperty({ description: 'Newest position of the store' }) head!: number;
  @ApiProperty({ type: [ProjectionStatusDto] }) items!: ProjectionStatusDto[];
}
