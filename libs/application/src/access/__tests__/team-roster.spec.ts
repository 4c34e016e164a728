import { userStream } from '#domain';
import { openSqliteEventStore, type EventStore } from '#event-store';
import { ManualClock } from '#shared';
import { UserDirectory } from '../../users/user-directory.js';
import { TeamRoster } from '../team-roster.js';

// Team membership read through the user directory, kept until a user event lands.

const METADATA = { actorId: 'system', actorRole: 'admin', correlationId: 'c', causationId: 'c', occurredAt: '2026-01-01T00:00:00.000Z', schemaVersion: 1 };

describe('TeamRoster', () => {
  let store: EventStore;

  const createUser = (userId: string, teamId?: string) =>
    store.append(
      userStream(userId),
      [
        {
          id: `evt-${userId}`,
          type: 'UserCreated',
          data: { userId, username: userId, passwordHash: 'x', role: 'sales', ...(teamId ? { teamId } : {}) },
          metadata: METADATA,
        },
      ],
      'no_stream',
    );

  beforeEach(() => {
    store = openSqliteEventStore(':memory:', new ManualClock(new Date('2026-01-01T00:00:00Z')));
  });

  it('lists the members of a team, and nobody for an unknown team', async () => {
    await createUser('u1', 'team-1');
    await createUser('u2', 'team-1');
    await createUser('u3', 'team-2');
    await createUser('u4');
    const roster = new TeamRoster(new UserDirectory(store), store);
    expect(await roster.membersOf('team-1')).toEqual(['u1', 'u2']);
    expect(await roster.membersOf('team-9')).toEqual([]);
  });

  it('sees a user created after its first answer', async () => {
    await createUser('u1', 'team-1');
    const roster = new TeamRoster(new UserDirectory(store), store);
    expect(await roster.membersOf('team-1')).toEqual(['u1']);
    await createUser('u2', 'team-1');
    expect(await roster.membersOf('team-1')).toEqual(['u1', 'u2']);
  });

  it('does not list the users again while no user event has landed', async () => {
    await createUser('u1', 'team-1');
    let listings = 0;
    const users = new UserDirectory(store);
    const list = users.list.bind(users);
    users.list = () => (listings++, list());
    const roster = new TeamRoster(users, store);
    await roster.membersOf('team-1');
    await roster.membersOf('team-1');
    expect(listings).toBe(1);
  });
});
