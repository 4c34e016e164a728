import type { ExpectedRevision, StreamRevision } from './event-store.port.js';

/** The stream was not at the expected revision: someone else appended first. */
export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** -1 when the stream does not exist. */
    readonly actual: StreamRevision,
  ) {
    super(`Stream ${streamId} expected at ${String(expected)} but is at ${actual}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** Some of the event ids were already used elsewhere: not a retry of the same append. */
export class DuplicateEventIdError extends Error {
  constructor(readonly eventId: string) {
    super(`Event id ${eventId} was already appended elsewhere`);
    this.name = 'DuplicateEventIdError';
  }
}

/** A multi-stream append named the same stream twice: its parts would not be judged independently. */
export class RepeatedStreamError extends Error {
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} appears more than once in one multi-stream append`);
    this.name = 'RepeatedStreamError';
  }
}

/** Refuses a multi-stream append that names a stream twice (shared by every adapter). */
export function assertDistinctStreams(appends: readonly { streamId: string }[]): void {
  const seen = new Set<string>();
  for (const { streamId } of appends) {
    if (seen.has(streamId)) throw new RepeatedStreamError(streamId);
    seen.add(streamId);
  }
}

/** A subscription stopped by a failure that resubscribing cannot cure (its `failure`). */
export class SubscriptionFailedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SubscriptionFailedError';
  }
}

/** A start position the store never reached: a checkpoint from another store, or a store restored from an older backup. */
export function startBeyondHead(after: number, head: number): SubscriptionFailedError {
  return new SubscriptionFailedError(
    `Cannot subscribe after position ${after}: the store's newest event is at ${head} (a checkpoint from another store, or a store restored from an older backup)`,
  );
}

/** Whether `error`, raised while iterating `subscription`, stopped it for good. */
export function isPermanentSubscriptionFailure(subscription: { readonly failure?: Error } | undefined, error: unknown): boolean {
  return error instanceof SubscriptionFailedError || (subscription?.failure !== undefined && subscription.failure === error);
}
