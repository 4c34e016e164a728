import type { RoleContent } from './role-events.js';

type DefineRole = { type: 'DefineRole'; data: RoleContent & { roleId: string; copiedFrom?: string }; now: Date };

type ChangeRole = { type: 'ChangeRole'; data: RoleContent & { roleId: string }; now: Date };

export type RoleCommand = DefineRole | ChangeRole;
