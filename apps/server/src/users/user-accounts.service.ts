import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommandPipeline, deterministicUuid, RoleCatalog, toProposedEvents, type CommandContext } from '#application';
import { userDecider, usernameStream, DomainError, type UserChanges, type UserCommand, type UserEvent, type UserState } from '#domain';
import { generatePassword, hashPassword, passwordWeakness } from '#auth';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '#event-store';
import { CLOCK, type Clock } from '#shared';

export interface NewUser {
  username: string;
  password: string;
  /** A role id: a default role or a custom one (GET /v1/roles). */
  role: string;
  teamId?: string;
  email?: string;
  /** The password must be changed at the first login (generated passwords always are). */
  mustChangePassword?: boolean;
}

export interface UserPatch extends Omit<UserChanges, 'role'> {
  role?: string;
}

/** Users as events: `username-<name>` reserves the name (expected "no stream"), `user-<id>` holds the account. */
@Injectable()
export class UserAccountsService {
  private readonly pipeline: CommandPipeline<UserCommand, UserEvent, UserState>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly roles: RoleCatalog,
  ) {
    this.pipeline = new CommandPipeline(store, clock, userDecider);
  }

  /** The one check of a role given to a user (creation, PATCH, import): a role the catalogue holds. */
  private async assignableRole(role: string, field = 'role'): Promise<string> {
    if (!(await this.roles.list()).some((known) => known.id === role))
      throw new DomainError('invalid-value', `${field} must be a role id that exists: no role ${role}`, field);
    return role;
  }

  async create(user: NewUser, context: CommandContext): Promise<{ id: string; position: number }> {
    const role = await this.assignableRole(user.role);
    assertStrongPassword('password', user.password, [user.username, user.teamId, user.email]);
    const userId = context.idempotencyKey ? deterministicUuid('user', context.idempotencyKey) : randomUUID();
    await this.reserveUsername(user.username, userId, context);
    const passwordHash = await hashPassword(user.password);
    const data = {
      userId,
      username: user.username,
      passwordHash,
      role,
      ...(user.teamId ? { teamId: user.teamId } : {}),
      ...(user.email ? { email: user.email } : {}),
      ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
    };
    const { position } = await this.pipeline.execute(userId, context, () => ({ type: 'CreateUser', data }));
    return { id: userId, position };
  }

  async changePassword(userId: string, newPassword: string, context: CommandContext): Promise<void> {
    const { state } = await this.pipeline.load(userId);
    if (state.kind === 'active') assertStrongPassword('newPassword', newPassword, [state.username, state.teamId, state.email]);
    const passwordHash = await hashPassword(newPassword);
    await this.pipeline.execute(userId, context, () => ({ type: 'ChangePassword', data: { passwordHash } }));
  }

  /** A generated password, answered once: the user must replace it at the next login. */
  async resetPassword(userId: string, context: CommandContext): Promise<{ password: string; position: number }> {
    const { state } = await this.pipeline.load(userId);
    if (state.kind !== 'active') throw new DomainError('not-found', 'User not found');
    const password = generateStrongPassword([state.username, state.teamId, state.email]);
    const passwordHash = await hashPassword(password);
    const { position } = await this.pipeline.execute(userId, context, () => ({ type: 'ResetPassword', data: { passwordHash } }));
    return { password, position };
  }

  /** Disable/enable, role, team, email: one event per field that changes. */
  async change(userId: string, patch: UserPatch, context: CommandContext): Promise<UserState> {
    const { role, ...rest } = patch;
    const changes: UserChanges = role === undefined ? rest : { ...rest, role: await this.assignableRole(role) };
    if (changes.disabled === true && userId === context.actor.userId) {
      throw new DomainError('invalid-value', 'An admin cannot disable their own account', 'disabled');
    }
    const { state } = await this.pipeline.execute(userId, context, () => ({ type: 'ChangeUser', data: changes }));
    return state;
  }

  private async reserveUsername(username: string, userId: string, context: CommandContext): Promise<void> {
    const streamId = usernameStream(username);
    const [reservation] = toProposedEvents([{ type: 'UsernameReserved', data: { username, userId } }], streamId, context, this.clock.now());
    try {
      await this.store.append(streamId, [{ ...reservation, id: deterministicUuid('username', username.toLowerCase(), userId) }], 'no_stream');
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) throw new DomainError('already-exists', `Username ${username} is taken`, 'username');
      throw error;
    }
  }
}

/** 400 naming the field and why (too short, common, made of the username, team or email). */
export function assertStrongPassword(field: string, password: string, userInputs: readonly (string | undefined)[]): void {
  const weakness = passwordWeakness(password, userInputs);
  if (weakness) throw new DomainError('invalid-value', `${field} ${weakness}`, field);
}

/** A generated password, checked like any other (it passes: 144 random bits). */
export function generateStrongPassword(userInputs: readonly (string | undefined)[]): string {
  for (;;) {
    const password = generatePassword();
    if (!passwordWeakness(password, userInputs)) return password;
  }
}
