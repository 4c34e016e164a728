import type { RecordedEvent } from '#event-store';
import { customerEventOf, occurredAtOf } from '../customer-event.js';
import { customerIdOf } from '../customer-profiles/evolve-customer-profile.js';
import type { Projection, ProjectionDocuments } from '../projection.js';
import { CUSTOMER_LIFECYCLE, customerLifecycleCollection, type CustomerLifecycleDocument } from './customer-lifecycle.document.js';

/** A copy of the ascending list with the instant in its place (business time may be in the past). */
function withInstant(list: readonly string[], instant: string): string[] {
  let i = list.length;
  while (i > 0 && list[i - 1] > instant) i -= 1;
  if (list[i - 1] === instant) return [...list];
  return [...list.slice(0, i), instant, ...list.slice(i)];
}

function withChurnChange(list: CustomerLifecycleDocument['churn'], change: { at: string; churned: boolean }): CustomerLifecycleDocument['churn'] {
  let i = list.length;
  while (i > 0 && list[i - 1].at > change.at) i -= 1;
  return [...list.slice(0, i), change, ...list.slice(i)];
}

export const lifecycleProjection: Projection = {
  name: 'customer-lifecycle',
  collections: [customerLifecycleCollection],
  async apply(recorded: RecordedEvent, documents: ProjectionDocuments): Promise<void> {
    const event = customerEventOf(recorded);
    if (!event) return;
    const id = customerIdOf(recorded);
    if (event.type === 'CustomerRegistered') {
      const { ownerId, registeredAt, status } = event.data;
      const churn = status === 'churned' ? [{ at: registeredAt, churned: true }] : [];
      documents.put(CUSTOMER_LIFECYCLE, { id, ownerId, registeredAt, activity: [], churn } satisfies CustomerLifecycleDocument);
      return;
    }
    const relevant = ['OrderRecorded', 'FollowUpRecorded', 'CustomerOwnerChanged', 'CustomerStatusChanged'];
    if (!relevant.includes(event.type)) return;
    const current = await documents.get<CustomerLifecycleDocument>(CUSTOMER_LIFECYCLE, id);
    if (!current) return;
    switch (event.type) {
      case 'OrderRecorded': {
        const { orderedAt } = event.data;
        const firstOrderAt = current.firstOrderAt === undefined || orderedAt < current.firstOrderAt ? orderedAt : current.firstOrderAt;
        documents.put(CUSTOMER_LIFECYCLE, { ...current, firstOrderAt, activity: withInstant(current.activity, orderedAt) });
        return;
      }
      case 'FollowUpRecorded':
        documents.put(CUSTOMER_LIFECYCLE, { ...current, activity: withInstant(current.activity, event.data.at) });
        return;
      case 'CustomerOwnerChanged':
        documents.put(CUSTOMER_LIFECYCLE, { ...current, ownerId: event.data.to });
        return;
      case 'CustomerStatusChanged': {
        const { from, to } = event.data;
        if ((from === 'churned') === (to === 'churned')) return;
        documents.put(CUSTOMER_LIFECYCLE, { ...current, churn: withChurnChange(current.churn, { at: occurredAtOf(recorded), churned: to === 'churned' }) });
        return;
      }
    }
  },
};
