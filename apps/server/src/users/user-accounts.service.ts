import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommandPipeline, deterministicUuid, RoleCatalog, toProposedEvents, type CommandContext } from '#application';
import { userDecider, usernameStream, DomainError, type Role, type UserCommand, type UserEvent, type UserState } from '#domain';
import { hashPassword } from '#auth';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore } from '#event-store';
import { CLOCK, type Clock } from '#shared';

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  teamId?: string;
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

  async create(user: NewUser, context: CommandContext): Promise<{ id: string; position: number }> {
    if (!(await this.roles.list()).some((role) => role.id === user.role)) throw new DomainError('invalid-value', `No role ${user.role}`, 'role');
    const userId = context.idempotencyKey ? deterministicUuid('user', context.idempotencyKey) : randomUUID();
    await this.reserveUsername(user.username, userId, context);
    const passwordHash = await hashPassword(user.password);
    const data = { userId, username: user.username, passwordHash, role: user.role, ...(user.teamId ? { teamId: user.teamId } : {}) };
    const { position } = await this.pipeline.execute(userId, context, () => ({ type: 'CreateUser', data }));
    return { id: userId, position };
  }

  async changePassword(userId: string, newPassword: string, context: CommandContext): Promise<void> {
    const passwordHash = await hashPassword(newPassword);
    await this.pipeline.execute(userId, context, () => ({ type: 'ChangePassword', data: { passwordHash } }));
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
