import { Inject, Injectable } from '@nestjs/common';
import { CommandPipeline, commandResultOf, RoleCatalog, type CommandContext, type CommandResult } from '#application';
import { DomainError, roleDecider, type RoleCommand, type RoleContent, type RoleEvent, type RoleState } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CLOCK, type Clock } from '#shared';
import type { DefineRoleDto, RoleContentDto } from './role-content.dto.js';

/** Roles as events in `role-<id>` streams, through the one command pipeline. */
@Injectable()
export class RoleDefinitionsService {
  private readonly pipeline: CommandPipeline<RoleCommand, RoleEvent, RoleState>;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) clock: Clock,
    private readonly catalog: RoleCatalog,
  ) {
    this.pipeline = new CommandPipeline(store, clock, roleDecider);
  }

  async define(dto: DefineRoleDto, context: CommandContext): Promise<CommandResult> {
    const base = dto.copyOf === undefined ? undefined : await this.existing(dto.copyOf, 'copyOf');
    const content = {
      name: dto.name ?? base?.name,
      permissions: dto.permissions ?? base?.permissions,
      records: dto.records ?? base?.records,
      fields: dto.fields ?? base?.fields,
    };
    const missing = Object.entries(content).find(([, value]) => value === undefined)?.[0];
    if (missing) throw new DomainError('invalid-value', `${missing} is required unless copyOf names a role to take it from`, missing);
    const data = { ...(content as RoleContent), roleId: dto.id, ...(base ? { copiedFrom: base.id } : {}) };
    return commandResultOf(await this.pipeline.execute(dto.id, context, (now) => ({ type: 'DefineRole', data, now })));
  }

  async change(roleId: string, dto: RoleContentDto, context: CommandContext): Promise<CommandResult> {
    const data = { roleId, name: dto.name, permissions: dto.permissions, records: dto.records, fields: dto.fields };
    return commandResultOf(await this.pipeline.execute(roleId, context, (now) => ({ type: 'ChangeRole', data, now })));
  }

  private async existing(roleId: string, field: string) {
    const role = (await this.catalog.list()).find((r) => r.id === roleId);
    if (!role) throw new DomainError('invalid-value', `No role ${roleId}`, field);
    return role;
  }
}
