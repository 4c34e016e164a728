import type { CustomerStatus } from '#domain';
import type { GlobalPosition, RecordedEvent, StreamRevision } from '#event-store';

/** One step of a customer's status life; registration is the first, from `null`. */
export interface StatusChange {
  from: CustomerStatus | null;
  to: CustomerStatus;
  reason: string;
  actorId: string;
  occurredAt: string;
  recordedAt: string;
  revision: StreamRevision;
  position: GlobalPosition;
  ruleId?: string;
}

const REGISTRATION_REASON = 'registered';

export function statusHistoryOf(events: readonly RecordedEvent[]): StatusChange[] {
  return events.flatMap((event): StatusChange[] => {
    const common = {
      actorId: event.metadata.actorId,
      occurredAt: event.metadata.occurredAt,
      recordedAt: event.metadata.recordedAt,
      revision: event.revision,
      position: event.position,
    };
    if (event.type === 'CustomerRegistered') {
      const { status } = event.data as { status: CustomerStatus };
      return [{ from: null, to: status, reason: REGISTRATION_REASON, ...common }];
    }
    if (event.type === 'CustomerStatusChanged') {
      const { from, to, reason, ruleId } = event.data as { from: CustomerStatus; to: CustomerStatus; reason: string; ruleId?: string };
      return [{ from, to, reason, ...common, ...(ruleId === undefined ? {} : { ruleId }) }];
    }
    return [];
  });
}
