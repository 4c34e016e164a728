import { ApiProperty } from '@nestjs/swagger';

export class BulkSucceededDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() revision!: number;
}

export class BulkFieldErrorDto {
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
}

/** What the single-customer route would have answered: its status, title and field errors. */
export class BulkFailedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 422 }) status!: number;
  @ApiProperty({ example: 'tag-limit-reached' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [BulkFieldErrorDto] }) errors!: BulkFieldErrorDto[];
}

/** Accepted but nothing to change (already tagged, already archived). */
export class BulkSkippedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ example: 'nothing to change' }) reason!: string;
}

/** One row per selected customer; `position`: the newest one written (pass it as X-Min-Position). */
export class BulkReportDto {
  @ApiProperty({ type: [BulkSucceededDto] }) succeeded!: BulkSucceededDto[];
  @ApiProperty({ type: [BulkFailedDto] }) failed!: BulkFailedDto[];
  @ApiProperty({ type: [BulkSkippedDto] }) skipped!: BulkSkippedDto[];
  @ApiProperty() position!: number;
}
