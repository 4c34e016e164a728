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
      disabled: false,
      mustChangePassword: false,
      tokenVersion: 0,
    });
  });

  it('UserPasswordChanged replaces only the hash; the latest wins', () => {
    expect(
      stateOf([
        created,
        { type: 'UserPasswordChanged', data: { userId: 'u-1', passwordHash: 'hash-2' } },
        { type: 'UserPasswordChanged', data: { userId: 'u-1', passwordHash: 'hash-3' } },
      ]),
    ).toEqual({
      kind: 'active',
      userId: 'u-1',
      username: 'lilei',
      passwordHash: 'hash-3',
      role: 'sales',
      teamId: 'team-north',
      disabled: false,
      mustChangePassword: false,
      tokenVersion: 2,
    });
  });

  it('ignores a password change before creation', () => {
    expect(stateOf([{ type: 'UserPasswordChanged', data: { userId: 'u-1', passwordHash: 'h' } }])).toEqual({ kind: 'none' });
  });
});

describe('User lifecycle', () => {
  const change = (data: Extract<UserCommand, { type: 'ChangeUser' }>['data'], events: UserEvent[] = [created]) =>
    decideUser({ type: 'ChangeUser', data }, stateOf(events));
  const active = (events: UserEvent[]) => stateOf(events) as Extract<UserState, { kind: 'active' }>;

  it('decides one event per changed field, and none for the values it already has', () => {
    expect(change({ role: 'manager', teamId: 'team-south', email: 'li@example.com', disabled: true })).toEqual([
      { type: 'UserRoleChanged', data: { userId: 'u-1', from: 'sales', to: 'manager' } },
      { type: 'UserTeamChanged', data: { userId: 'u-1', from: 'team-north', to: 'team-south' } },
      { type: 'UserEmailChanged', data: { userId: 'u-1', email: 'li@example.com' } },
      { type: 'UserDisabled', data: { userId: 'u-1' } },
    ]);
    expect(change({ role: 'sales', teamId: 'team-north', disabled: false })).toEqual([]);
  });

  it('null leaves the team and removes the email', () => {
    const withEmail: UserEvent = { type: 'UserEmailChanged', data: { userId: 'u-1', email: 'li@example.com' } };
    const events = change({ teamId: null, email: null }, [created, withEmail]);
    expect(events).toEqual([
      { type: 'UserTeamChanged', data: { userId: 'u-1', from: 'team-north' } },
      { type: 'UserEmailChanged', data: { userId: 'u-1' } },
    ]);
    const state = active([created, withEmail, ...events]);
    expect(state).not.toHaveProperty('teamId');
    expect(state).not.toHaveProperty('email');
  });

  it('refuses an invalid email at creation and by change', () => {
    expect(codeOf(() => decideUser({ type: 'CreateUser', data: { ...createUser.data, email: 'not-an-email' } } as UserCommand, stateOf([])))).toBe(
      'invalid-value',
    );
    expect(codeOf(() => change({ email: 'a b@example.com' }))).toBe('invalid-value');
  });

  it('bumps the token version on password, disable, role and team changes, not on enable or email', () => {
    const bumps = (event: UserEvent) => active([created, event]).tokenVersion;
    expect(bumps({ type: 'UserPasswordChanged', data: { userId: 'u-1', passwordHash: 'h' } })).toBe(1);
    expect(bumps({ type: 'UserPasswordReset', data: { userId: 'u-1', passwordHash: 'h' } })).toBe(1);
    expect(bumps({ type: 'UserDisabled', data: { userId: 'u-1' } })).toBe(1);
    expect(bumps({ type: 'UserRoleChanged', data: { userId: 'u-1', from: 'sales', to: 'manager' } })).toBe(1);
    expect(bumps({ type: 'UserTeamChanged', data: { userId: 'u-1', from: 'team-north' } })).toBe(1);
    expect(bumps({ type: 'UserEnabled', data: { userId: 'u-1' } })).toBe(0);
    expect(bumps({ type: 'UserEmailChanged', data: { userId: 'u-1', email: 'li@example.com' } })).toBe(0);
  });

  it('a reset or mustChangePassword at creation asks for a new password; the user’s own change clears it', () => {
    const pending = decideUser({ type: 'CreateUser', data: { ...createUser.data, mustChangePassword: true } } as UserCommand, stateOf([]));
    expect(pending).toEqual([{ type: 'UserCreated', data: { ...created.data, mustChangePassword: true } }]);
    expect(active(pending).mustChangePassword).toBe(true);
    const reset = decideUser({ type: 'ResetPassword', data: { passwordHash: 'h2' } }, stateOf([created]));
    expect(reset).toEqual([{ type: 'UserPasswordReset', data: { userId: 'u-1', passwordHash: 'h2' } }]);
    expect(active([created, ...reset]).mustChangePassword).toBe(true);
    expect(active([created, ...reset, { type: 'UserPasswordChanged', data: { userId: 'u-1', passwordHash: 'h3' } }]).mustChangePassword).toBe(false);
  });

  it('a disabled user is enabled again', () => {
    expect(active([created, { type: 'UserDisabled', data: { userId: 'u-1' } }, { type: 'UserEnabled', data: { userId: 'u-1' } }]).disabled).toBe(false);
  });

  it('refuses changing or resetting a user that does not exist', () => {
    expect(codeOf(() => change({ disabled: true }, []))).toBe('not-found');
    expect(codeOf(() => decideUser({ type: 'ResetPassword', data: { passwordHash: 'h' } }, stateOf([])))).toBe('not-found');
  });
});
