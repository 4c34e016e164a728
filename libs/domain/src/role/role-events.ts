import type { RoleDefinition } from './role-definition.js';

/** The role's content as an admin sets it (id and preset flag are the stream's). */
export type RoleContent = Pick<RoleDefinition, 'name' | 'permissions' | 'records' | 'fields'>;

// Roles are state kept as events (SPEC §7), in streams `role-<id>`: who granted which permission when is in the audit trail.

type RoleDefined = {
  type: 'RoleDefined';
  data: RoleContent & { roleId: string; copiedFrom?: string; definedAt: string };
};

type RoleChanged = {
  type: 'RoleChanged';
  data: RoleContent & { roleId: string; changedAt: string };
};

export type RoleEvent = RoleDefined | RoleChanged;
export const ROLE_EVENT_TYPES: readonly RoleEvent['type'][] = ['RoleDefined', 'RoleChanged'];
