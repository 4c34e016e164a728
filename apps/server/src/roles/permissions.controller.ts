import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '#auth';
import { HIDEABLE_FIELDS, PERMISSIONS } from '#domain';

/** The catalogue a role is ticked from: permissions, and the fields a role can hide. */
@ApiTags('roles')
@ApiBearerAuth()
@Controller('v1/permissions')
export class PermissionsController {
  @Get()
  @RequirePermission('roles.manage')
  list() {
    return {
      items: PERMISSIONS.map(({ id, zh, en }) => ({ id, label: { 'zh-CN': zh, en } })),
      hideableFields: HIDEABLE_FIELDS.map(({ id, zh, en }) => ({ id, label: { 'zh-CN': zh, en } })),
    };
  }
}
