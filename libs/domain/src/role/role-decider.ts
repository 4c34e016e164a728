import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { roleStream } from '../shared/stream-names.js';
import { defaultRoleDefinition } from './default-roles.js';
import type { RoleCommand } from './role-commands.js';
import { ROLE_ID_PATTERN, type RoleDefinition } from './role-definition.js';
import type { RoleEvent } from './role-events.js';

/** Undefined until the role is defined. */
export type RoleState = RoleDefinition | undefined;

export function decideRole(command: RoleCommand, state: RoleState): RoleEvent[] {
  switch (command.type) {
    case 'DefineRole': {
      const { roleId } = command.data;
      if (!ROLE_ID_PATTERN.test(roleId)) throw new DomainError('invalid-value', 'A role id is a slug: lower-case letters, digits and dashes', 'id');
      if (defaultRoleDefinition(roleId) || state !== undefined) throw new DomainError('already-exists', `Role ${roleId} already exists`, 'id');
      return [{ type: 'RoleDefined', data: { ...command.data, definedAt: command.now.toISOString() } }];
    }
    case 'ChangeRole': {
      if (defaultRoleDefinition(command.data.roleId)) throw new DomainError('forbidden', 'The default roles are read-only: copy one instead');
      if (!state) throw new DomainError('not-found', 'Role not found');
      return [{ type: 'RoleChanged', data: { ...command.data, changedAt: command.now.toISOString() } }];
    }
  }
}

export function evolveRole(state: RoleState, event: RoleEvent): RoleState {
  const { name, permissions, records, fields } = event.data;
  switch (event.type) {
    case 'RoleDefined':
      return { id: event.data.roleId, name, permissions, records, fields, preset: false };
    case 'RoleChanged':
      return state && { ...state, name, permissions, records, fields };
    default:
      return state;
  }
}

export const roleDecider: Decider<RoleCommand, RoleEvent, RoleState> = {
  streamOf: roleStream,
  initialState: () => undefined,
  decide: decideRole,
  evolve: evolveRole,
};
