import { DEFAULT_ROLE_DEFINITIONS, evolveRole, ROLE_EVENT_TYPES, type RoleDefinition, type RoleEvent } from '#domain';
import type { EventStore } from '#event-store';
import { SharedReads } from '../freshness/shared-reads.js';
import { unknownRole, type RoleSource } from './role-source.js';

const PAGE = 500;

/**
 * The presets plus the roles defined in `role-<id>` streams. Each refresh folds only the role events
 * recorded since the last one (one indexed lookup when nothing changed), so every replica sees a
 * changed role on its next request, whichever replica recorded it.
 */
export class RoleCatalog implements RoleSource {
  private readonly custom = new Map<string, RoleDefinition>();
  private seenPosition = 0;
  private folding: Promise<void> = Promise.resolve();
  private readonly reads = new SharedReads<'roles'>();

  constructor(private readonly events: EventStore) {}

  /** `receivedMsAgo`: the asking request's age; a refresh begun since serves it (SharedReads). */
  refresh(receivedMsAgo?: number): Promise<void> {
    return this.reads.run('roles', receivedMsAgo, () => {
      // One catch-up at a time, so that events are folded once and in order.
      const next = this.folding.then(() => this.catchUp());
      this.folding = next.catch(() => undefined);
      return next;
    });
  }

  definitionOf(roleId: string): RoleDefinition {
    return DEFAULT_ROLE_DEFINITIONS.find((role) => role.id === roleId) ?? this.custom.get(roleId) ?? unknownRole(roleId);
  }

  /** Presets first, then the custom roles by id. */
  async list(): Promise<RoleDefinition[]> {
    await this.refresh();
    return [...DEFAULT_ROLE_DEFINITIONS, ...[...this.custom.values()].sort((a, b) => a.id.localeCompare(b.id))];
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const page = await this.events.readAll({ after: this.seenPosition, types: ROLE_EVENT_TYPES, limit: PAGE });
      for (const recorded of page) {
        const event = recorded as unknown as RoleEvent;
        const next = evolveRole(this.custom.get(event.data.roleId), event);
        if (next) this.custom.set(next.id, next);
        this.seenPosition = recorded.position;
      }
      if (page.length < PAGE) return;
    }
  }
}
