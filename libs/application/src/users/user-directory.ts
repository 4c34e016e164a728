import { USER_EVENT_TYPES, userDecider, type ActiveUser, type UserEvent, type UserState, usernameStream } from '#domain';
import type { EventStore } from '#event-store';
import { StreamLoader } from '../command-pipeline/stream-loader.js';
import type { LoadedStream } from '../command-pipeline/stream-state-cache.js';
import type { AccessChangeFeed } from '../freshness/access-change-feed.js';
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

  /**
   * `feed` (its types including the user events): the folds held here follow it, so a lookup of a
   * known user is that one catch-up, shared with the role check, instead of a read of its stream.
   */
  constructor(
    private readonly store: EventStore,
    private readonly feed?: AccessChangeFeed,
  ) {
    this.users = new StreamLoader(store, userDecider);
    feed?.onEvent((event) => {
      if ((USER_EVENT_TYPES as readonly string[]).includes(event.type)) this.users.follow(event);
    });
  }

  /** `receivedMsAgo`: the asking request's age; a read of this user begun since serves it (SharedReads). */
  async findById(userId: string, receivedMsAgo?: number): Promise<UserRecord | undefined> {
    const { state } = await this.lookUp(userId, receivedMsAgo);
    return state.kind === 'active' ? toRecord(state) : undefined;
  }

  private async lookUp(userId: string, receivedMsAgo: number | undefined): Promise<LoadedStream<UserState>> {
    if (!this.feed) return this.reads.run(userId, receivedMsAgo, () => this.users.load(userId));
    await this.feed.catchUp(receivedMsAgo);
    return this.users.cached(userId) ?? this.users.load(userId);
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
