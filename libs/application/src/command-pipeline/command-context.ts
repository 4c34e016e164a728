import type { Actor } from '#domain';

/** Who asks, under which correlation, and (optionally) the Idempotency-Key its event ids derive from. */
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

/** The answer of a command, without what the pipeline tells its handler (events, states). */
export const commandResultOf = ({ id, revision, position }: CommandResult): CommandResult => ({ id, revision, position });
