import { DomainError } from '../shared/domain-error.js';
import type { UserEvent } from './user-events.js';
import type { Role } from './user-roles.js';

export type UserState = { kind: 'none' } | { kind: 'active'; userId: string; username: string; passwordHash: string; role: Role; teamId?: string };

export type UserCommand =
  | { type: 'CreateUser'; data: { userId: string; username: string; passwordHash: string; role: Role; teamId?: string } }
  | { type: 'ChangePassword'; data: { passwordHash: string } };

export const initialUserState = (): UserState => ({ kind: 'none' });

export function evolveUser(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserCreated':
      return { kind: 'active', ...event.data };
    case 'UserPasswordChanged':
      return state.kind === 'active' ? { ...state, passwordHash: event.data.passwordHash } : state;
  }
}

export function decideUser(command: UserCommand, state: UserState): UserEvent[] {
  switch (command.type) {
    case 'CreateUser':
      if (state.kind !== 'none') throw new DomainError('already-exists', 'User already exists');
      return [{ type: 'UserCreated', data: command.data }];
    case 'ChangePassword':
      if (state.kind !== 'active') throw new DomainError('not-found', 'User not found');
      return [{ type: 'UserPasswordChanged', data: { userId: state.userId, passwordHash: command.data.passwordHash } }];
  }
}
