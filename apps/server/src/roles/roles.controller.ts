import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags, ApiOperation, ApiOkResponse, ApiCreatedResponse } from '@nestjs/swagger';
import { RoleCatalog, type CommandContext, type CommandResult } from '#application';
import { RequirePermission } from '#auth';
import { DomainError, type RoleDefinition } from '#domain';
import { CommandCtx } from '../http/request-context.js';
import { DefineRoleDto, RoleContentDto } from './role-content.dto.js';
import { RoleDefinitionsService } from './role-definitions.service.js';
import { ApiProblems } from '../openapi/api-problems.decorator.js';
import { RoleListResponseDto } from './role-list-response.dto.js';
import { RoleDefinitionDto } from './role-definition.dto.js';
import { RoleChangeResponseDto } from './role-change-response.dto.js';

/** Roles built from permissions (seed: 系統管理-角色權限); the seven defaults are read-only presets to copy. */
@ApiTags('roles')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('v1/roles')
export class RolesController {
  constructor(
    private readonly catalog: RoleCatalog,
    private readonly roles: RoleDefinitionsService,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listRoles', summary: 'The roles: the seven presets and the custom ones' })
  @ApiOkResponse({ type: RoleListResponseDto })
  @RequirePermission('roles.manage')
  async list(): Promise<{ items: RoleDefinition[] }> {
    return { items: await this.catalog.list() };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getRole', summary: 'One role' })
  @ApiOkResponse({ type: RoleDefinitionDto })
  @ApiProblems(404)
  @RequirePermission('roles.manage')
  async get(@Param('id') id: string): Promise<RoleDefinition> {
    const role = (await this.catalog.list()).find((r) => r.id === id);
    if (!role) throw new DomainError('not-found', 'Role not found');
    return role;
  }

  @Post()
  @ApiOperation({ operationId: 'defineRole', summary: 'Define a custom role from permissions, a record scope and field visibility' })
  @ApiCreatedResponse({ type: RoleChangeResponseDto })
  @ApiProblems(400, 409)
  @HttpCode(201)
  @RequirePermission('roles.manage')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  define(@Body() body: DefineRoleDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.roles.define(body, context);
  }

  @Put(':id')
  @ApiOperation({ operationId: 'changeRole', summary: 'Change a custom role (presets are read-only)' })
  @ApiOkResponse({ type: RoleChangeResponseDto })
  @ApiProblems(400, 404, 422)
  @RequirePermission('roles.manage')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  change(@Param('id') id: string, @Body() body: RoleContentDto, @CommandCtx() context: CommandContext): Promise<CommandResult> {
    return this.roles.change(id, body, context);
  }
}
