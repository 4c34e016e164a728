import type { Actor } from '#domain';

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
