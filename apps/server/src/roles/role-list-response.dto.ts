import { ApiProperty } from '@nestjs/swagger';
import { RoleDefinitionDto } from './role-definition.dto.js';

export class RoleListResponseDto {
  @ApiProperty({ type: [RoleDefinitionDto] }) items!: RoleDefinitionDto[];
}
