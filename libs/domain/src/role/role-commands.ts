import type { RoleContent } from './role-events.js';

export type DefineRole = { type: 'DefineRole'; data: RoleContent & { roleId: string; copiedFrom?: string }; now: Date };

export type ChangeRole = { type: 'ChangeRole'; data: RoleContent & { roleId: string }; now: Date };

export type RoleCommand = DefineRole | ChangeRole;
