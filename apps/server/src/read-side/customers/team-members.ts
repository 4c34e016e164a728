import { Inject, Injectable } from '@nestjs/common';
import { UserDirectory } from '#application';
import { USER_EVENT_TYPES } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';

/**
 * Who is in which team, for a manager's visibility. Listing users replays every user stream, too
 * much per request; the answer is kept until a user event lands (one indexed lookup per call tells).
 */
@Injectable()
export class TeamMembers {
  private teams: Map<string, string[]> | undefined;
  private seenPosition = 0;

  constructor(
    private readonly users: UserDirectory,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async of(teamId: string): Promise<string[]> {
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
