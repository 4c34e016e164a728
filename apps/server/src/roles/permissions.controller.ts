import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiOperation, ApiOkResponse } from '@nestjs/swagger';
import { RequirePermission } from '#auth';
import { HIDEABLE_FIELDS, PERMISSIONS } from '#domain';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { PermissionCatalogResponseDto } from './permission-catalog-response.dto.js';

/** The catalogue a role is ticked from: permissions, and the fields a role can hide. */
@ApiTags('roles')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/permissions')
export class PermissionsController {
  @Get()
  @ApiOperation({ operationId: 'listPermissions', summary: 'The permission catalogue and the fields a role can hide' })
  @ApiOkResponse({ type: PermissionCatalogResponseDto })
  @RequirePermission('roles.manage')
  list() {
    return {
      items: PERMISSIONS.map(({ id, zh, en }) => ({ id, label: { 'zh-CN': zh, en } })),
      hideableFields: HIDEABLE_FIELDS.map(({ id, zh, en }) => ({ id, label: { 'zh-CN': zh, en } })),
    };
  }
}
