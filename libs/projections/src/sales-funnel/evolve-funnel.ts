import type { RecordedEvent } from '#event-store';
import { customerEventOf, occurredAtOf } from '../customer-event.js';
import type { FunnelMemberDocument } from './funnel.documents.js';

/** The member after one event; the same object when the event does not concern the funnel. */
export function evolveFunnelMember(current: FunnelMemberDocument | undefined, recorded: RecordedEvent): FunnelMemberDocument | undefined {
  const event = customerEventOf(recorded);
  if (event?.type === 'CustomerRegistered') {
    const { customerId, registeredAt, ownerId, industry, region, source, status } = event.data;
    const member: FunnelMemberDocument = {
      id: customerId,
      day: registeredAt.slice(0, 10),
      registeredAt,
      ownerId,
      groups: { owner: ownerId, industry, region, source },
      status,
    };
    return reach(member, status, registeredAt);
  }
  if (current === undefined || event === undefined) return current;
  switch (event.type) {
    case 'CustomerMergedInto':
    case 'CustomerArchived':
      return current.retired ? current : { ...current, retired: true };
    case 'CustomerUnmerged':
    case 'CustomerRestored': {
      if (!current.retired) return current;
      const { retired: _retired, ...member } = current;
      return member;
    }
    case 'CustomerOwnerChanged':
      return current.ownerId === event.data.to ? current : { ...current, ownerId: event.data.to };
    case 'CustomerStatusChanged':
      return reach({ ...current, status: event.data.to }, event.data.to, occurredAtOf(recorded));
    default:
      return current;
  }
}

function reach(member: FunnelMemberDocument, status: FunnelMemberDocument['status'], at: string): FunnelMemberDocument {
  const next = { ...member };
  if ((status === 'qualified' || status === 'won') && next.qualifiedAt === undefined) next.qualifiedAt = at;
  if (status === 'won' && next.wonAt === undefined) next.wonAt = at;
  if (status === 'churned' && next.churnedAt === undefined) next.churnedAt = at;
  return next;
}
