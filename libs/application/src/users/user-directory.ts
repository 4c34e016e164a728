import { userDecider, type ActiveUser, type UserEvent, type UserState, usernameStream } from '#domain';
import type { EventStore } from '#event-store';
import { StreamLoader } from '../command-pipeline/stream-loader.js';

/** A user as the directory answers: the domain's active user state. */
export type UserRecord = Omit<ActiveUser, 'kind'>;

/**
 * Users live in the event store (streams `user-<id>`, reservations `username-<name>`). A lookup by id
 * is the cached fold plus one indexed read of the events appended since, so it sees at once what any
 * replica appended: the guard checks every token against it.
 */
export class UserDirectory {
  private readonly users: StreamLoader<UserEvent, UserState>;

  constructor(private readonly store: EventStore) {
    this.users = new StreamLoader(store, userDecider);
  }

  async findById(userId: string): Promise<UserRecord | undefined> {
    const { state } = await this.users.load(userId);
    return state.kind === 'active' ? toRecord(state) : undefined;
  }

  async findByUsername(username: string): Promise<UserRecord | undefined> {
    const [reservation] = await this.store.readStream(usernameStream(username), { maxCount: 1 });
    return reservation ? this.findById(String(reservation.data.userId)) : undefined;
  }

  async list(): Promise<UserRecord[]> {
    const users: UserRecord[] = [];
    let after: number | undefined;
    for (;;) {
      const page = await this.store.readAll({ after, types: ['UserCreated'], limit: 500 });
      if (page.length === 0) return users;
      for (const created of page) {
        const user = await this.findById(String(created.data.userId));
        if (user) users.push(user);
      }
      after = page[page.length - 1].position;
    }
  }

  async isEmpty(): Promise<boolean> {
    return (await this.store.readAll({ types: ['UserCreated'], limit: 1 })).length === 0;
  }
}

function toRecord({ kind: _kind, ...user }: ActiveUser): UserRecord {
  return user;
}
