import { USER_EVENT_TYPES } from '#domain';
import type { EventStore } from '#event-store';
import type { UserDirectory } from '../users/user-directory.js';
import type { TeamDirectory } from './access-policy.js';

/**
 * Who is in which team, for team-scoped access. Listing users replays every user stream, too much
 * per request; the answer is kept until a user event lands (one indexed lookup per call tells).
 */
export class TeamRoster implements TeamDirectory {
  private teams: Map<string, string[]> | undefined;
  private seenPosition = 0;

  constructor(
    private readonly users: UserDirectory,
    private readonly events: EventStore,
  ) {}

  async membersOf(teamId: string): Promise<readonly string[]> {
    const [newer] = await this.events.readAll({ after: this.seenPosition, types: USER_EVENT_TYPES, limit: 1 });
    if (newer || !this.teams) await this.reload();
    return this.teams?.get(teamId) ?? [];
  }

  private async reload(): Promise<void> {
    // The head first: a user created while listing is then seen again on the next call, not missed.
    const head = await this.events.headPosition();
    const teams = new Map<string, string[]>();
    for (const user of await this.users.list()) {
      if (user.teamId === undefined) continue;
      teams.set(user.teamId, [...(teams.get(user.teamId) ?? []), user.userId]);
    }
    this.teams = teams;
    this.seenPosition = head;
  }
}
