import type { Actor, Decider } from '#domain';
import { WrongExpectedRevisionError, type AppendResult, type EventStore, type ExpectedRevision, type ProposedEvent } from '#event-store';
import type { Clock } from '#shared';
import type { CommandContext, CommandResult } from './command-context.js';
import { wasRetry, type CommandStep, type DecidedAppend, type DecideOptions } from './decided-append.js';
import { toProposedEvents } from './event-envelope.js';
import { PreconditionFailedError } from './precondition-failed.error.js';
import { StreamLoader } from './stream-loader.js';
import type { LoadedStream } from './stream-state-cache.js';

/** A decider, plus who may command its streams (throwing, e.g. a 404 for a record one may not see). */
export interface GuardedDecider<C, E, S> extends Decider<C, E, S> {
  authorize?(actor: Actor, state: S): Promise<void> | void;
}

export interface PipelineOptions<E, S> {
  /** If-Match: the revision the client last saw; a mismatch answers 412. */
  expectedRevision?: number;
  /** Commands that commute (follow-ups, orders) re-run on a concurrent append instead of failing. */
  retryOnConflict?: boolean;
  /** Work that must be done once the command is accepted and before its events are recorded (erasure destroys the key). */
  beforeAppend?(decided: { state: S; events: readonly E[] }): Promise<void>;
}

/** What a command did: the events it appended (none for a no-op) and the stream's state before and after. */
export interface Executed<E, S> extends CommandResult {
  events: E[];
  before: S;
  state: S;
}

const MAX_ATTEMPTS = 25;

/**
 * The one path every command takes, whatever the stream: load (cached fold), authorize, decide,
 * append with the expected revision. Event ids derive from the Idempotency-Key, so a repeat that
 * decides the same events is absorbed by the store; the HTTP layer answers repeats it has seen.
 */
export class CommandPipeline<C, E extends { type: string; data: object }, S> {
  private readonly loader: StreamLoader<E, S>;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly decider: GuardedDecider<C, E, S>,
  ) {
    this.loader = new StreamLoader(store, decider);
  }

  /** Current state: the cached fold plus whatever was appended since. */
  load(id: string): Promise<LoadedStream<S>> {
    return this.loader.load(id);
  }

  /**
   * Decides first on the fold this process last saw, without reading the store: the append carries
   * that fold's revision, so if another process (a replica, the worker's sagas) appended since, the
   * append fails and the command runs again on a fresh read. Whatever else a decision on an unchecked
   * fold comes to (a refusal, a 404, a 412, a no-op) is re-decided on a fresh read before it is
   * answered, and work before the append (erasure) only ever runs on one.
   */
  async execute(id: string, context: CommandContext, buildCommand: (now: Date) => C, options: PipelineOptions<E, S> = {}): Promise<Executed<E, S>> {
    const streamId = this.decider.streamOf(id);
    let unchecked = options.beforeAppend ? undefined : this.loader.cached(id);
    for (let attempt = 1; ; attempt++) {
      const loaded = unchecked ?? (await this.load(id));
      const checked = unchecked === undefined;
      unchecked = undefined;
      const { state, revision, position } = loaded;
      let events: E[];
      let now: Date;
      try {
        await this.decider.authorize?.(context.actor, state);
        if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
          throw new PreconditionFailedError(options.expectedRevision, revision);
        }
        now = this.clock.now();
        events = this.decider.decide(buildCommand(now), state);
      } catch (error) {
        if (checked) throw error;
        continue;
      }
      if (events.length === 0) {
        if (checked) return { id, revision, position, events, before: state, state };
        continue;
      }
      await options.beforeAppend?.({ state, events });
      const expected: ExpectedRevision = revision < 0 ? 'no_stream' : revision;
      try {
        const result = await this.store.append(streamId, toProposedEvents(events, streamId, context, now), expected);
        if (result.nextRevision !== revision + events.length) {
          // The store found these very event ids already recorded (the same Idempotency-Key): nothing was appended.
          const { state: current } = await this.load(id);
          return { id, revision: result.nextRevision, position: result.position, events: [], before: state, state: current };
        }
        const after = events.reduce((s, e) => this.decider.evolve(s, e), state);
        this.loader.remember(id, { state: after, revision: result.nextRevision, position: result.position });
        return { id, revision: result.nextRevision, position: result.position, events, before: state, state: after };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        // Decided on a fold another process had moved past: not a conflict the client could see.
        if (!checked) continue;
        if (options.expectedRevision !== undefined) throw new PreconditionFailedError(options.expectedRevision, error.actual);
        if (!options.retryOnConflict || attempt >= MAX_ATTEMPTS) throw error;
        await backoff(attempt);
      }
    }
  }

  /**
   * Load, authorize and decide as `execute` does, for steps applied in a row to one stream, but
   * append nothing: the caller appends the result with other streams in one commit (decided-append.ts).
   */
  async decideAppend(id: string, steps: readonly CommandStep<C>[], options: DecideOptions = {}): Promise<DecidedAppend<E, S>> {
    const streamId = this.decider.streamOf(id);
    const { state: before, revision } = options.assumeNew ? { state: this.decider.initialState(), revision: -1 } : await this.load(id);
    if (steps.length > 0) await this.decider.authorize?.(steps[0].context.actor, before);
    const now = this.clock.now();
    let state = before;
    const events: E[] = [];
    const proposed: ProposedEvent[] = [];
    for (const step of steps) {
      const decided = this.decider.decide(step.build(now), state);
      state = decided.reduce((s, e) => this.decider.evolve(s, e), state);
      events.push(...decided);
      proposed.push(...toProposedEvents(decided, streamId, step.context, now));
    }
    const expected: ExpectedRevision = revision < 0 ? 'no_stream' : revision;
    return { id, append: { streamId, events: proposed, expected }, events, revision, before, state };
  }

  /** What a decided append came to once the store took it; remembers the stream's new state. */
  async landed(decided: DecidedAppend<E, S>, result: AppendResult): Promise<Executed<E, S>> {
    const { id, before } = decided;
    if (wasRetry(decided, result)) {
      const { state } = await this.load(id);
      return { id, revision: result.nextRevision, position: result.position, events: [], before, state };
    }
    this.loader.remember(id, { state: decided.state, revision: result.nextRevision, position: result.position });
    return { id, revision: result.nextRevision, position: result.position, events: decided.events, before, state: decided.state };
  }
}

/** Jittered pause so that concurrent writers stop colliding in lockstep. */
function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 * attempt)));
}
