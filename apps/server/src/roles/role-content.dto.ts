import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { HIDEABLE_FIELD_IDS, PERMISSION_IDS, RECORD_SCOPES, type HideableField, type Permission, type RecordScope } from '#domain';

export class FieldVisibilityDto {
  @ApiProperty({ enum: ['all', 'own'] }) @IsIn(['all', 'own']) contactInClear!: 'all' | 'own';
  @ApiProperty() @IsBoolean() sensitive!: boolean;
  @ApiProperty({ enum: HIDEABLE_FIELD_IDS, isArray: true }) @IsArray() @IsIn(HIDEABLE_FIELD_IDS, { each: true }) hidden!: HideableField[];
}

/** A role's content: PUT sends all of it; POST may leave parts to the role it copies. */
export class RoleContentDto {
  @ApiProperty({ example: '大客户销售' }) @IsString() @Length(1, 100) name!: string;

  @ApiProperty({ enum: PERMISSION_IDS, isArray: true })
  @IsArray()
  @ArrayMaxSize(PERMISSION_IDS.length)
  @IsIn(PERMISSION_IDS, { each: true })
  permissions!: Permission[];

  @ApiProperty({ enum: RECORD_SCOPES }) @IsIn(RECORD_SCOPES) records!: RecordScope;

  @ApiProperty({ type: FieldVisibilityDto }) @ValidateNested() @Type(() => FieldVisibilityDto) fields!: FieldVisibilityDto;
}

export class DefineRoleDto {
  @ApiProperty({ example: 'key-account-sales', description: 'a slug' }) @IsString() @Length(2, 48) id!: string;

  @ApiPropertyOptional({ example: 'sales', description: 'the role to start from (a preset or a custom role)' })
  @IsOptional()
  @IsString()
  copyOf?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) name?: string;

  @ApiPropertyOptional({ enum: PERMISSION_IDS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PERMISSION_IDS.length)
  @IsIn(PERMISSION_IDS, { each: true })
  permissions?: Permission[];

  @ApiPropertyOptional({ enum: RECORD_SCOPES }) @IsOptional() @IsIn(RECORD_SCOPES) records?: RecordScope;

  @ApiPropertyOptional({ type: FieldVisibilityDto }) @IsOptional() @ValidateNested() @Type(() => FieldVisibilityDto) fields?: FieldVisibilityDto;
}
