import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { deterministicUuid, toProposedEvents, UserDirectory, type CommandContext } from '#application';
import { userStream, usernameStream, decideUser, DomainError, type Role } from '#domain';
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
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly users: UserDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(user: NewUser, context: CommandContext): Promise<{ id: string; position: number }> {
    const userId = context.idempotencyKey ? deterministicUuid('user', context.idempotencyKey) : randomUUID();
    const now = this.clock.now();
    const reservation = toProposedEvents(
      [{ type: 'UsernameReserved', data: { username: user.username, userId } }],
      usernameStream(user.username),
      context,
      now,
    );
    try {
      await this.store.append(
        usernameStream(user.username),
        [{ ...reservation[0], id: deterministicUuid('username', user.username.toLowerCase(), userId) }],
        'no_stream',
      );
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) throw new DomainError('already-exists', `Username ${user.username} is taken`, 'username');
      throw error;
    }
    const { state } = await this.users.loadState(userId);
    const passwordHash = await hashPassword(user.password);
    const events = decideUser(
      { type: 'CreateUser', data: { userId, username: user.username, passwordHash, role: user.role, ...(user.teamId ? { teamId: user.teamId } : {}) } },
      state,
    );
    const result = await this.store.append(userStream(userId), toProposedEvents(events, userStream(userId), context, now), 'no_stream');
    return { id: userId, position: result.position };
  }

  async changePassword(userId: string, newPassword: string, context: CommandContext): Promise<void> {
    const { state, revision } = await this.users.loadState(userId);
    const events = decideUser({ type: 'ChangePassword', data: { passwordHash: await hashPassword(newPassword) } }, state);
    await this.store.append(userStream(userId), toProposedEvents(events, userStream(userId), context, this.clock.now()), revision);
  }
}
