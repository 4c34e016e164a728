import { decide, evolve, initialCustomerState, type CustomerCommand, type CustomerEvent, type CustomerState, customerStream } from '#domain';
import { WrongExpectedRevisionError, type EventStore, type ExpectedRevision, type RecordedEvent } from '#event-store';
import type { Clock } from '#shared';
import type { AccessPolicy } from '../access/access-policy.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { CustomerStateCache } from './customer-state-cache.js';
import { eventIdsFor } from './deterministic-id.js';
import { toProposedEvents } from './event-envelope.js';

export interface PipelineOptions {
  /** If-Match: the revision the client last saw; a mismatch answers 412. */
  expectedRevision?: number;
  /** Commands that commute (follow-ups, orders) re-run on a concurrent append instead of failing. */
  retryOnConflict?: boolean;
}

/** A customer stream folded to its current state. */
export interface LoadedCustomer {
  state: CustomerState;
  revision: number;
  position: number;
}

export class PreconditionFailedError extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`Customer is at revision ${actual}, not ${expected}`);
    this.name = 'PreconditionFailedError';
  }
}

const MAX_ATTEMPTS = 25;
const MAX_EVENTS_PER_COMMAND = 8;

const NOTHING_YET: LoadedCustomer = { state: initialCustomerState(), revision: -1, position: 0 };

/** Folds events onto a known starting point (by default: nothing yet). */
export function foldCustomer(events: readonly RecordedEvent[], from: LoadedCustomer = NOTHING_YET): LoadedCustomer {
  const state = events.reduce((s, e) => evolve(s, e as unknown as CustomerEvent), from.state);
  const last = events[events.length - 1];
  return last ? { state, revision: last.revision, position: last.position } : from;
}

/** The one path every customer command takes: load, fold, check access, decide, append with the expected revision. */
export class CustomerCommandPipeline {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly access: AccessPolicy,
    private readonly cache = new CustomerStateCache(),
  ) {}

  /** Current state: the cached fold plus whatever was appended since. */
  async load(customerId: string): Promise<LoadedCustomer> {
    const cached = this.cache.get(customerId) ?? NOTHING_YET;
    const newer = await this.store.readStream(customerStream(customerId), { fromRevision: cached.revision + 1 });
    const loaded = foldCustomer(newer, cached);
    if (loaded.revision >= 0) this.cache.set(customerId, loaded);
    return loaded;
  }

  async execute(
    customerId: string,
    context: CommandContext,
    buildCommand: (now: Date) => CustomerCommand,
    options: PipelineOptions = {},
  ): Promise<CommandResult> {
    const streamId = customerStream(customerId);
    for (let attempt = 1; ; attempt++) {
      if (context.idempotencyKey !== undefined) {
        const earlier = findEarlierAppend(await this.store.readStream(streamId), streamId, context.idempotencyKey);
        if (earlier) return { id: customerId, revision: earlier.revision, position: earlier.position };
      }
      const { state, revision, position } = await this.load(customerId);
      if (state.kind === 'registered') await this.access.assertCanSee(context.actor, state);
      if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
        throw new PreconditionFailedError(options.expectedRevision, revision);
      }
      const now = this.clock.now();
      const command = buildCommand(now);
      const decided = decide(command, state);
      if (decided.length === 0) return { id: customerId, revision, position };
      const expected: ExpectedRevision = revision < 0 ? 'no_stream' : revision;
      try {
        const result = await this.store.append(streamId, toProposedEvents(decided, streamId, context, now), expected);
        this.cache.set(customerId, { state: decided.reduce(evolve, state), revision: result.nextRevision, position: result.position });
        return { id: customerId, revision: result.nextRevision, position: result.position };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (options.expectedRevision !== undefined) throw new PreconditionFailedError(options.expectedRevision, error.actual);
        if (!options.retryOnConflict || attempt >= MAX_ATTEMPTS) throw error;
        await backoff(attempt);
      }
    }
  }
}

/** The last event a request with this Idempotency-Key already appended to the stream, if any. */
function findEarlierAppend(events: readonly RecordedEvent[], streamId: string, idempotencyKey: string): RecordedEvent | undefined {
  const ids = new Set(eventIdsFor(MAX_EVENTS_PER_COMMAND, streamId, idempotencyKey));
  return events.filter((event) => ids.has(event.id)).pop();
}

/** Jittered pause so that concurrent writers stop colliding in lockstep. */
function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 * attempt)));
}
