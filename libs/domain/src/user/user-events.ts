import type { Role } from './user-roles.js';

// Users are state like any other (SPEC §7): who granted whom which role, who disabled whom, is in the audit trail.

type UserCreated = {
  type: 'UserCreated';
  data: { userId: string; username: string; passwordHash: string; role: Role; teamId?: string; email?: string; mustChangePassword?: true };
};

/** The user chose a new password (revokes earlier tokens). */
type UserPasswordChanged = {
  type: 'UserPasswordChanged';
  data: { userId: string; passwordHash: string };
};

/** An admin set a generated password, to be changed at the next login (revokes earlier tokens). */
type UserPasswordReset = {
  type: 'UserPasswordReset';
  data: { userId: string; passwordHash: string };
};

type UserDisabled = { type: 'UserDisabled'; data: { userId: string } };
type UserEnabled = { type: 'UserEnabled'; data: { userId: string } };
type UserRoleChanged = { type: 'UserRoleChanged'; data: { userId: string; from: Role; to: Role } };
/** `to` absent: the user left every team. */
type UserTeamChanged = { type: 'UserTeamChanged'; data: { userId: string; from?: string; to?: string } };
/** `email` absent: the address was removed. */
type UserEmailChanged = { type: 'UserEmailChanged'; data: { userId: string; email?: string } };

export type UserEvent =
  UserCreated | UserPasswordChanged | UserPasswordReset | UserDisabled | UserEnabled | UserRoleChanged | UserTeamChanged | UserEmailChanged;

export const USER_EVENT_TYPES: readonly UserEvent['type'][] = [
  'UserCreated',
  'UserPasswordChanged',
  'UserPasswordReset',
  'UserDisabled',
  'UserEnabled',
  'UserRoleChanged',
  'UserTeamChanged',
  'UserEmailChanged',
];
