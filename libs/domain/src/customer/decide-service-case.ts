import { DomainError } from '../shared/domain-error.js';
import type { RecordFollowUp, ResolveComplaint } from './customer-commands.js';
import type { CustomerEvent } from './customer-events.js';
import type { RegisteredCustomer } from './customer-state.js';
import { FIELD_LIMITS, assertTextLength } from './field-limits.js';

/**
 * The service-case rules of a follow-up (seeds 001–003: 客服 handles 投訴 and 滿意度): a complaint
 * names its category; a satisfaction score is a whole 1–5.
 */
export function assertServiceCase({ data }: RecordFollowUp): void {
  if (data.kind === 'complaint' && data.category === undefined) {
    throw new DomainError('invalid-value', 'a complaint needs a category', 'category');
  }
  if (data.satisfaction !== undefined && !(Number.isInteger(data.satisfaction) && data.satisfaction >= 1 && data.satisfaction <= 5)) {
    throw new DomainError('invalid-value', 'satisfaction must be a whole number from 1 to 5', 'satisfaction');
  }
}

/** Closes an open complaint at its business time, which may be in the past but not before the complaint. */
export function resolveComplaint({ data, now }: ResolveComplaint, state: RegisteredCustomer): CustomerEvent[] {
  assertTextLength('resolution', data.resolution, FIELD_LIMITS.content, true);
  const complaint = state.complaints.find((c) => c.followUpId === data.followUpId);
  if (!complaint) throw new DomainError('not-found', 'No complaint with this follow-up id', 'followUpId');
  if (complaint.resolvedAt !== undefined) {
    throw new DomainError('already-resolved', `The complaint was resolved at ${complaint.resolvedAt}`, 'followUpId');
  }
  const at = data.at ?? now;
  if (at > now) throw new DomainError('invalid-time', 'A resolution cannot be in the future', 'at');
  if (at.toISOString() < complaint.at) throw new DomainError('invalid-time', 'A complaint cannot be resolved before it was made', 'at');
  const resolved = {
    customerId: state.customerId,
    followUpId: data.followUpId,
    resolution: data.resolution,
    resolvedAt: at.toISOString(),
    resolvedBy: data.resolvedBy,
  };
  return [{ type: 'ComplaintResolved', data: resolved }];
}
