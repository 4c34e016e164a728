import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { RoleCatalog, type CommandContext, type CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { DomainError, type RoleDefinition } from '#domain';
import { CommandCtx } from '../http/request-context.js';
import { DefineRoleDto, RoleContentDto } from './role-content.dto.js';
import { RoleDefinitionsService } from './role-definitions.service.js';

/** Roles built from permissions (seed: 系統管理-角色權限); the seven defaults are read-only presets to copy. */
@ApiTags('roles')
@ApiBearerAuth()
@Controller('v1/roles')
export class RolesController {
  constructor(
    private readonly catalog: RoleCatalog,
    private readonly roles: RoleDefinitionsService,
  ) {}

  @Get()
  @RequirePermission('roles.manage')
  async list(): Promise<{ items: RoleDefinition[] }> {
    return { items: await this.catalog.list() };
  }

  @Get(':id')
  @RequirePermission('roles.manage')
  async get(@Param('id') id: string): Promise<RoleDefinition> {
    const role = (await this.catalog.list()).find((r) => r.id === id);
    if (!role) throw new DomainError('not-found', 'Role not found');
    return role;
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('roles.manage')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  define(@Body() body: DefineRoleDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.roles.define(body, context);
  }

  @Put(':id')
  @RequirePermission('roles.manage')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  change(@Param('id') id: string, @Body() body: RoleContentDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.roles.change(id, body, context);
  }
}
