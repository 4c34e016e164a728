import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** An admin action recorded by any replica and carried out by the holder of its job's lease. */
export class AdminJobDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'rules-evaluation' }) kind!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) params!: Record<string, unknown>;
  @ApiProperty({ enum: ['requested', 'running', 'done', 'failed'] }) state!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty() requestedBy!: string;
  @ApiPropertyOptional() startedBy?: string;
  @ApiPropertyOptional({ format: 'date-time' }) startedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) finishedAt?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) result?: Record<string, unknown>;
  @ApiPropertyOptional() error?: string;
}
