import { evolve, initialCustomerState, type CustomerEvent, type RegisteredCustomer } from '#domain';
import type { GlobalPosition, RecordedEvent, StreamRevision } from '#event-store';

/**
 * The instant to look back to. `at` is compared with `recordedAt`, not `occurredAt`: an audit asks
 * what the system knew then. Business time can be backdated (imports, a follow-up's `at`), so folding
 * by occurredAt would yield states that never existed and would change when a backdated event lands.
 */
export type AsOfPoint = { at: Date } | { revision: StreamRevision };

export interface CustomerSnapshot {
  customer: RegisteredCustomer;
  /** The last event folded in. */
  revision: StreamRevision;
  position: GlobalPosition;
  recordedAt: string;
}

/** The prefix of the stream known at that point (a prefix, as every state the system held was one). */
export function eventsAsOf(events: readonly RecordedEvent[], point: AsOfPoint): RecordedEvent[] {
  const known =
    'at' in point
      ? (event: RecordedEvent) => Date.parse(event.metadata.recordedAt) <= point.at.getTime()
      : (event: RecordedEvent) => event.revision <= point.revision;
  const end = events.findIndex((event) => !known(event));
  return end === -1 ? [...events] : events.slice(0, end);
}

/** Folded with the same `evolve` as commands use; undefined before registration. */
export function customerAsOf(events: readonly RecordedEvent[], point: AsOfPoint): CustomerSnapshot | undefined {
  const known = eventsAsOf(events, point);
  const state = known.reduce((s, e) => evolve(s, e as unknown as CustomerEvent), initialCustomerState());
  const last = known[known.length - 1];
  if (state.kind !== 'registered' || last === undefined) return undefined;
  return { customer: state, revision: last.revision, position: last.position, recordedAt: last.metadata.recordedAt };
}
