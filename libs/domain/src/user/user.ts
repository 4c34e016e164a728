import { DomainError } from '../shared/domain-error.js';
import type { UserEvent } from './user-events.js';
import type { Role } from './user-roles.js';

/** An email address the decider accepts: one `@`, a dot in the domain, no spaces, at most 254 characters. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_MAX = 254;

export interface ActiveUser {
  kind: 'active';
  userId: string;
  username: string;
  passwordHash: string;
  role: Role;
  teamId?: string;
  email?: string;
  disabled: boolean;
  /** A generated password (or one an admin asked to be replaced) is in force: only the password change is open. */
  mustChangePassword: boolean;
  /** Bumped by every event that must end the tokens issued before it (password, disable, role, team). */
  tokenVersion: number;
}

export type UserState = { kind: 'none' } | ActiveUser;

export interface UserChanges {
  disabled?: boolean;
  role?: Role;
  /** null: leave the team. */
  teamId?: string | null;
  /** null: remove the address. */
  email?: string | null;
}

export type UserCommand =
  | {
      type: 'CreateUser';
      data: { userId: string; username: string; passwordHash: string; role: Role; teamId?: string; email?: string; mustChangePassword?: boolean };
    }
  | { type: 'ChangePassword'; data: { passwordHash: string } }
  | { type: 'ResetPassword'; data: { passwordHash: string } }
  | { type: 'ChangeUser'; data: UserChanges };

export const initialUserState = (): UserState => ({ kind: 'none' });

export function evolveUser(state: UserState, event: UserEvent): UserState {
  if (event.type === 'UserCreated') {
    const { mustChangePassword, ...data } = event.data;
    return { kind: 'active', ...data, disabled: false, mustChangePassword: mustChangePassword === true, tokenVersion: 0 };
  }
  if (state.kind !== 'active') return state;
  const revoked = { tokenVersion: state.tokenVersion + 1 };
  switch (event.type) {
    case 'UserPasswordChanged':
      return { ...state, ...revoked, passwordHash: event.data.passwordHash, mustChangePassword: false };
    case 'UserPasswordReset':
      return { ...state, ...revoked, passwordHash: event.data.passwordHash, mustChangePassword: true };
    case 'UserDisabled':
      return { ...state, ...revoked, disabled: true };
    case 'UserEnabled':
      return { ...state, disabled: false };
    case 'UserRoleChanged':
      return { ...state, ...revoked, role: event.data.to };
    case 'UserTeamChanged':
      return withOptional({ ...state, ...revoked }, 'teamId', event.data.to);
    case 'UserEmailChanged':
      return withOptional(state, 'email', event.data.email);
  }
}

export function decideUser(command: UserCommand, state: UserState): UserEvent[] {
  if (command.type === 'CreateUser') {
    if (state.kind !== 'none') throw new DomainError('already-exists', 'User already exists');
    const { mustChangePassword, ...data } = command.data;
    assertEmail(data.email);
    return [{ type: 'UserCreated', data: mustChangePassword ? { ...data, mustChangePassword: true } : data }];
  }
  if (state.kind !== 'active') throw new DomainError('not-found', 'User not found');
  const { userId } = state;
  switch (command.type) {
    case 'ChangePassword':
      return [{ type: 'UserPasswordChanged', data: { userId, passwordHash: command.data.passwordHash } }];
    case 'ResetPassword':
      return [{ type: 'UserPasswordReset', data: { userId, passwordHash: command.data.passwordHash } }];
    case 'ChangeUser':
      return decideChanges(command.data, state);
  }
}

/** Only what differs becomes an event; the same values again decide nothing. */
function decideChanges(changes: UserChanges, state: ActiveUser): UserEvent[] {
  const { userId } = state;
  const events: UserEvent[] = [];
  if (changes.role !== undefined && changes.role !== state.role) {
    events.push({ type: 'UserRoleChanged', data: { userId, from: state.role, to: changes.role } });
  }
  if (changes.teamId !== undefined && (changes.teamId ?? undefined) !== state.teamId) {
    if (changes.teamId === '') throw new DomainError('invalid-value', 'teamId must not be empty', 'teamId');
    events.push({ type: 'UserTeamChanged', data: optional({ userId }, { from: state.teamId, to: changes.teamId ?? undefined }) });
  }
  if (changes.email !== undefined && (changes.email ?? undefined) !== state.email) {
    assertEmail(changes.email ?? undefined);
    events.push({ type: 'UserEmailChanged', data: optional({ userId }, { email: changes.email ?? undefined }) });
  }
  if (changes.disabled !== undefined && changes.disabled !== state.disabled) {
    events.push({ type: changes.disabled ? 'UserDisabled' : 'UserEnabled', data: { userId } });
  }
  return events;
}

function assertEmail(email: string | undefined): void {
  if (email === undefined) return;
  if (email.length > EMAIL_MAX || !EMAIL.test(email)) throw new DomainError('invalid-value', 'email must be an email address', 'email');
}

/** Event data and state carry no `undefined` values: an absent optional field is left out. */
function optional<T extends object>(base: T, fields: Record<string, string | undefined>): T {
  const present = Object.entries(fields).filter(([, value]) => value !== undefined);
  return { ...base, ...Object.fromEntries(present) };
}

function withOptional(state: ActiveUser, field: 'teamId' | 'email', value: string | undefined): ActiveUser {
  const { [field]: _previous, ...rest } = state;
  return value === undefined ? rest : { ...rest, [field]: value };
}
