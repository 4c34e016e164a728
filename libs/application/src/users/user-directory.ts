import { userDecider, type ActiveUser, type UserEvent, type UserState, usernameStream } from '#domain';
import type { EventStore } from '#event-store';
import { StreamLoader } from '../command-pipeline/stream-loader.js';
import { SharedReads } from '../freshness/shared-reads.js';

/** A user as the directory answers: the domain's active user state. */
export type UserRecord = Omit<ActiveUser, 'kind'>;

/**
 * Users live in the event store (streams `user-<id>`, reservations `username-<name>`). A lookup by id
 * is the cached fold plus one indexed read of the events appended since, so it sees at once what any
 * replica appended: the guard checks every token against it.
 */
export class UserDirectory {
  private readonly users: StreamLoader<UserEvent, UserState>;
  private readonly reads = new SharedReads<string>();

  constructor(private readonly store: EventStore) {
    this.users = new StreamLoader(store, userDecider);
  }

  /** `receivedMsAgo`: the asking request's age; a read of this user begun since serves it (SharedReads). */
  async findById(userId: string, receivedMsAgo?: number): Promise<UserRecord | undefined> {
    const { state } = await this.reads.run(userId, receivedMsAgo, () => this.users.load(userId));
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
