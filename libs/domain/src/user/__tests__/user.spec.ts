import { DomainError } from '../../shared/domain-error.js';
import type { UserEvent } from '../user-events.js';
import { decideUser, evolveUser, initialUserState, type UserCommand, type UserState } from '../user.js';

const stateOf = (events: UserEvent[]): UserState => events.reduce(evolveUser, initialUserState());
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
  return undefined;
};

const created: UserEvent = {
  type: 'UserCreated',
  data: { userId: 'u-1', username: 'lilei', passwordHash: 'hash-1', role: 'sales', teamId: 'team-north' },
};
const createUser: UserCommand = {
  type: 'CreateUser',
  data: { userId: 'u-1', username: 'lilei', passwordHash: 'hash-1', role: 'sales', teamId: 'team-north' },
};

describe('User decider', () => {
  describe('when no user exists', () => {
    it('creates the user', () => {
      expect(decideUser(createUser, stateOf([]))).toEqual([created]);
    });

    it('creates a user without team', () => {
      const command: UserCommand = { type: 'CreateUser', data: { userId: 'u-2', username: 'admin', passwordHash: 'h', role: 'admin' } };
      expect(decideUser(command, stateOf([]))).toEqual([{ type: 'UserCreated', data: { userId: 'u-2', username: 'admin', passwordHash: 'h', role: 'admin' } }]);
    });

    it('refuses a password change with not-found', () => {
      expect(codeOf(() => decideUser({ type: 'ChangePassword', data: { passwordHash: 'h' } }, stateOf([])))).toBe('not-found');
    });
  });

  describe('when the user exists', () => {
    it('refuses creating it twice with already-exists', () => {
      expect(codeOf(() => decideUser(createUser, stateOf([created])))).toBe('already-exists');
    });

    it('changes the password', () => {
      expect(decideUser({ type: 'ChangePassword', data: { passwordHash: 'hash-2' } }, stateOf([created]))).toEqual([
        { type: 'UserPasswordChanged', data: { userId: 'u-1', passwordHash: 'hash-2' } },
      ]);
    });
  });
});

describe('User evolve', () => {
  it('starts with no user', () => {
    expect(initialUserState()).toEqual({ kind: 'none' });
  });

  it('UserCreated makes an active user', () => {
    expect(stateOf([created])).toEqual({
      kind: 'active',
      userId: 'u-1',
      username: 'lilei',
      passwordHash: 'hash-1',
      role: 'sales',
      teamId: 'team-north',
    });
  });

  it('UserPasswordChanged replaces only the hash; the latest wins', () => {
    expect(
      stateOf([
        created,
        { type: 'UserPasswordChanged', data: { userId: 'u-1', passwordHash: 'hash-2' } },
        { type: 'UserPasswordChanged', data: { userId: 'u-1', passwordHash: 'hash-3' } },
      ]),
    ).toEqual({ kind: 'active', userId: 'u-1', username: 'lilei', passwordHash: 'hash-3', role: 'sales', teamId: 'team-north' });
  });

  it('ignores a password change before creation', () => {
    expect(stateOf([{ type: 'UserPasswordChanged', data: { userId: 'u-1', passwordHash: 'h' } }])).toEqual({ kind: 'none' });
  });
});
