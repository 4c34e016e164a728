import { Injectable } from '@nestjs/common';
import { UserDirectory } from '#application';
import type { Actor } from '#domain';

/**
 * Whose reminders the actor may list (SPEC §7 applied to assignees, who are the customers' owners):
 * sales their own, a manager the team's, everyone else with read access all.
 */
@Injectable()
export class ReminderVisibility {
  constructor(private readonly users: UserDirectory) {}

  /** The assignees to filter on, narrowed by the one asked for; undefined = all. */
  async assigneeFilter(actor: Actor, requested?: string): Promise<string[] | undefined> {
    const visible = await this.visibleAssignees(actor);
    if (requested === undefined) return visible;
    return visible === undefined || visible.includes(requested) ? [requested] : [];
  }

  private async visibleAssignees(actor: Actor): Promise<string[] | undefined> {
    switch (actor.role) {
      case 'sales':
        return [actor.userId];
      case 'manager': {
        if (actor.teamId === undefined) return [actor.userId];
        const team = (await this.users.list()).filter((user) => user.teamId === actor.teamId).map((user) => user.userId);
        return [...new Set([actor.userId, ...team])];
      }
      case 'integrator':
      case 'analyst':
      case 'auditor':
        return [];
      case 'admin':
      case 'service':
        return undefined;
    }
  }
}
