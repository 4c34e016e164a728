import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsISO8601, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CUSTOMER_STATUSES, FIELD_LIMITS } from '#domain';
import { PIVOT_DIMENSIONS, PIVOT_MEASURES, type PivotDefinition, type PivotDimension, type PivotMeasure } from './pivot-vocabulary.js';

/** The list route's filters (GET /v1/customers). */
export class PivotFiltersDto {
  @ApiPropertyOptional({ enum: CUSTOMER_STATUSES }) @IsOptional() @IsIn(CUSTOMER_STATUSES) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(FIELD_LIMITS.tag) tag?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) ownerId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) industry?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4) region?: string;
  @ApiPropertyOptional({ description: 'as the list route: substring of name, code or contact name' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class PivotPeriodDto {
  @ApiPropertyOptional({ description: 'customers registered at or after this instant' }) @IsOptional() @IsISO8601() from?: string;
  @ApiPropertyOptional({ description: 'customers registered before this instant' }) @IsOptional() @IsISO8601() to?: string;
}

/** POST /v1/reports/pivot, and the definition of a saved report. */
export class PivotRequestDto implements PivotDefinition {
  @ApiProperty({ enum: PIVOT_DIMENSIONS, isArray: true, example: ['tier'], description: 'row dimensions (1–3)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(PIVOT_DIMENSIONS, { each: true })
  rows!: PivotDimension[];

  @ApiProperty({ enum: PIVOT_DIMENSIONS, isArray: true, example: ['industry'], description: 'column dimensions (0–3)' })
  @IsArray()
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(PIVOT_DIMENSIONS, { each: true })
  columns!: PivotDimension[];

  @ApiProperty({ enum: PIVOT_MEASURES, isArray: true, example: ['count', 'spend'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PIVOT_MEASURES, { each: true })
  measures!: PivotMeasure[];

  @ApiPropertyOptional({ type: PivotFiltersDto }) @IsOptional() @ValidateNested() @Type(() => PivotFiltersDto) filters?: PivotFiltersDto;
  @ApiPropertyOptional({ type: PivotPeriodDto }) @IsOptional() @ValidateNested() @Type(() => PivotPeriodDto) period?: PivotPeriodDto;
}
