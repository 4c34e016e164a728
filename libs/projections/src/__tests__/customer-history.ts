// Test support: a customer's stream as RecordedEvents, with positions as a shared feed would assign them.
import type { CustomerEvent } from '#domain';
import type { RecordedEvent } from '#event-store';

export class Feed {
  private position = 0;
  private readonly revisions = new Map<string, number>();

  record(customerId: string, event: CustomerEvent, occurredAt: string): RecordedEvent {
    const streamId = `customer-${customerId}`;
    const revision = (this.revisions.get(streamId) ?? -1) + 1;
    this.revisions.set(streamId, revision);
    this.position += 1;
    return {
      id: `${streamId}-${revision}`,
      type: event.type,
      streamId,
      revision,
      position: this.position,
      data: event.data as unknown as Record<string, unknown>,
      metadata: {
        actorId: 'u-owner',
        actorRole: 'sales',
        correlationId: 'c',
        causationId: 'c',
        occurredAt,
        schemaVersion: 1,
        recordedAt: occurredAt,
        prevHash: '',
        hash: '',
      },
    };
  }
}

export function registered(customerId: string, overrides: Partial<Extract<CustomerEvent, { type: 'CustomerRegistered' }>['data']> = {}): CustomerEvent {
  return {
    type: 'CustomerRegistered',
    data: {
      customerId,
      code: 'HB-IT-2024-001',
      name: 'Acme',
      type: 'enterprise',
      contact: { name: 'Zhang San', phone: '13812345678' },
      industry: 'internet',
      region: 'HB',
      source: 'referral',
      ownerId: 'u-owner',
      status: 'prospect',
      registeredAt: '2024-01-10T09:00:00.000Z',
      ...overrides,
    },
  };
}

export const statusChanged = (customerId: string, from: string, to: string): CustomerEvent =>
  ({ type: 'CustomerStatusChanged', data: { customerId, from, to, reason: 'test' } }) as CustomerEvent;

export const orderRecorded = (customerId: string, orderId: string, amount: number, orderedAt: string): CustomerEvent => ({
  type: 'OrderRecorded',
  data: { customerId, orderId, amount, currency: 'CNY', orderedAt },
});

export const followUp = (
  customerId: string,
  followUpId: string,
  at: string,
  result: 'interested' | 'needs_follow_up' | 'not_interested',
  nextFollowUpAt?: string,
): CustomerEvent => ({
  type: 'FollowUpRecorded',
  data: {
    customerId,
    followUpId,
    at,
    method: 'phone',
    content: 'call',
    result,
    outcomes: [],
    recordedBy: 'u-owner',
    ...(nextFollowUpAt ? { nextFollowUpAt } : {}),
  },
});
