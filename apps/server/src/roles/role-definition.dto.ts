import { ApiProperty } from '@nestjs/swagger';
import { HIDEABLE_FIELD_IDS, PERMISSIONS, RECORD_SCOPES } from '#domain';

class FieldVisibilityViewDto {
  @ApiProperty({ enum: ['all', 'own'] }) contactInClear!: string;
  @ApiProperty() sensitive!: boolean;
  @ApiProperty({ enum: HIDEABLE_FIELD_IDS, isArray: true }) hidden!: string[];
}

export class RoleDefinitionDto {
  @ApiProperty({ example: 'key-account-sales' }) id!: string;
  @ApiProperty({ example: '大客户销售' }) name!: string;
  @ApiProperty({ enum: PERMISSIONS.map((p) => p.id), isArray: true }) permissions!: string[];
  @ApiProperty({ enum: RECORD_SCOPES }) records!: string;
  @ApiProperty({ type: FieldVisibilityViewDto }) fields!: FieldVisibilityViewDto;
  @ApiProperty({ description: 'One of the seven default roles: read-only, can be copied' }) preset!: boolean;
}
