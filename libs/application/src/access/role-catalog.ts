import { DEFAULT_ROLE_DEFINITIONS, evolveRole, ROLE_EVENT_TYPES, type RoleDefinition, type RoleEvent } from '#domain';
import type { EventStore } from '#event-store';
import { AccessChangeFeed } from '../freshness/access-change-feed.js';
import { unknownRole, type RoleSource } from './role-source.js';

/**
 * The presets plus the roles defined in `role-<id>` streams. Each refresh folds only the role events
 * recorded since the last one (one indexed lookup when nothing changed), so every replica sees a
 * changed role on its next request, whichever replica recorded it.
 */
export class RoleCatalog implements RoleSource {
  private readonly custom = new Map<string, RoleDefinition>();
  private readonly feed: AccessChangeFeed;

  /** `feed`: shared with the UserDirectory (one read per request for both); its types must include the role events. */
  constructor(events: EventStore, feed?: AccessChangeFeed) {
    this.feed = feed ?? new AccessChangeFeed(events, ROLE_EVENT_TYPES);
    this.feed.onEvent((recorded) => {
      if (!(ROLE_EVENT_TYPES as readonly string[]).includes(recorded.type)) return;
      const event = recorded as unknown as RoleEvent;
      const next = evolveRole(this.custom.get(event.data.roleId), event);
      if (next) this.custom.set(next.id, next);
    });
  }

  /** `receivedMsAgo`: the asking request's age; a refresh begun since serves it (SharedReads). */
  refresh(receivedMsAgo?: number): Promise<void> {
    return this.feed.catchUp(receivedMsAgo);
  }

  definitionOf(roleId: string): RoleDefinition {
    return DEFAULT_ROLE_DEFINITIONS.find((role) => role.id === roleId) ?? this.custom.get(roleId) ?? unknownRole(roleId);
  }

  /** Presets first, then the custom roles by id. */
  async list(): Promise<RoleDefinition[]> {
    await this.refresh();
    return [...DEFAULT_ROLE_DEFINITIONS, ...[...this.custom.values()].sort((a, b) => a.id.localeCompare(b.id))];
  }
}
