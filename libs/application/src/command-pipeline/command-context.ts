import type { Role } from '#domain';

export interface Actor {
  userId: string;
  role: Role;
  teamId?: string;
}

/** Who asks, under which correlation, and (optionally) the Idempotency-Key that makes a retry a no-op. */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  causationId: string;
  idempotencyKey?: string;
}

/** What every command answers (SPEC §6). */
export interface CommandResult {
  id: string;
  revision: number;
  position: number;
}
