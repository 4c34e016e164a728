import type { Role } from './user-roles.js';

// Users are state like any other (SPEC §7): who granted whom which role is in the audit trail.

type UserCreated = {
  type: 'UserCreated';
  data: { userId: string; username: string; passwordHash: string; role: Role; teamId?: string };
};

type UserPasswordChanged = {
  type: 'UserPasswordChanged';
  data: { userId: string; passwordHash: string };
};

export type UserEvent = UserCreated | UserPasswordChanged;
export const USER_EVENT_TYPES: readonly UserEvent['type'][] = ['UserCreated', 'UserPasswordChanged'];
