import {
  decide,
  evolve,
  initialCustomerState,
  type CustomerCommand,
  type CustomerEvent,
  type CustomerState,
} from '../../../domain/src/index.js';
import { WrongExpectedRevisionError, type EventStore, type ExpectedRevision, type RecordedEvent } from '../../../event-store/src/index.js';
import type { Clock } from '../../../shared/src/clock.js';
import type { CustomerAccessPolicy } from '../access/customer-access.policy.js';
import type { CommandContext, CommandResult } from './command-context.js';
import { eventIdsFor } from './deterministic-id.js';
import { toProposedEvents } from './event-envelope.js';
import { customerStream } from './stream-names.js';

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
  constructor(readonly expected: number, readonly actual: number) {
    super(`Customer is at revision ${actual}, not ${expected}`);
    this.name = 'PreconditionFailedError';
  }
}

const MAX_ATTEMPTS = 25;
const MAX_EVENTS_PER_COMMAND = 8;

export function foldCustomer(events: readonly RecordedEvent[]): LoadedCustomer {
  const state = events.reduce((s, e) => evolve(s, e as unknown as CustomerEvent), initialCustomerState());
  const last = events[events.length - 1];
  return { state, revision: last?.revision ?? -1, position: last?.position ?? 0 };
}

/** The one path every customer command takes: load, fold, check access, decide, append with the expected revision. */
export class CustomerCommandPipeline {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly access: CustomerAccessPolicy,
  ) {}

  async load(customerId: string): Promise<LoadedCustomer> {
    return foldCustomer(await this.store.readStream(customerStream(customerId)));
  }

  async execute(
    customerId: string,
    context: CommandContext,
    buildCommand: (now: Date) => CustomerCommand,
    options: PipelineOptions = {},
  ): Promise<CommandResult> {
    const streamId = customerStream(customerId);
    for (let attempt = 1; ; attempt++) {
      const events = await this.store.readStream(streamId);
      const earlier = context.idempotencyKey === undefined ? undefined : findEarlierAppend(events, streamId, context.idempotencyKey);
      if (earlier) return { id: customerId, revision: earlier.revision, position: earlier.position };
      const { state, revision, position } = foldCustomer(events);
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
