import { canMoveStatus, CUSTOMER_STATUSES, type CustomerStatus } from '#domain';
import { registrationBody } from './support/load-generator.js';

// The soak's traffic: commands and queries in a fixed proportion, spread over the customers the soak
// itself registered. Status changes follow the lifecycle from each customer's last known status, one
// at a time per customer, so a refused move (422) means the server broke a rule, not the soak.

export interface SoakRequest {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  /** Sent as X-Min-Position: a read of a customer the soak registered waits until its read model has it. */
  minPosition?: number;
  /** Called with the parsed body of a 2xx answer. */
  onSuccess?: (body: unknown) => void;
  onSettled?: () => void;
}

// Out of every 20 requests: 2 registrations, 5 follow-ups, 2 status changes, 2 tags, 2 orders,
// 3 list pages, 2 details, 1 funnel, 1 as-of: 13 commands to 7 queries.
const PATTERN = [
  'register',
  'follow-up',
  'status',
  'tag',
  'order',
  'follow-up',
  'list',
  'detail',
  'funnel',
  'as-of',
  'register',
  'follow-up',
  'status',
  'tag',
  'order',
  'follow-up',
  'list',
  'follow-up',
  'list',
  'detail',
] as const;

const FOLLOW_UP = JSON.stringify({ method: 'phone', content: 'called about the renewal', result: 'interested' });

export class SoakMix {
  private readonly statuses = new Map<string, CustomerStatus>();
  private readonly ids: string[] = [];
  private readonly registeredAt = new Map<string, number>();
  private readonly changing = new Set<string>();
  private orders = 0;

  registered(id: string, position: number): void {
    this.ids.push(id);
    this.registeredAt.set(id, position);
    this.statuses.set(id, 'prospect');
  }

  get customers(): number {
    return this.ids.length;
  }

  next(index: number): SoakRequest {
    const kind = PATTERN[index % PATTERN.length];
    const id = this.ids[Math.floor(Math.random() * this.ids.length)];
    switch (kind) {
      case 'register':
        return {
          kind,
          method: 'POST',
          path: '/v1/customers',
          body: registrationBody(),
          onSuccess: (body) => {
            const { id: registered, position } = body as { id: string; position: number };
            this.registered(registered, position);
          },
        };
      case 'follow-up':
        return { kind, method: 'POST', path: `/v1/customers/${id}/follow-ups`, body: FOLLOW_UP };
      case 'status':
        return this.statusChange(id) ?? { kind: 'detail', method: 'GET', path: `/v1/customers/${id}`, minPosition: this.registeredAt.get(id) };
      case 'tag':
        return { kind, method: 'POST', path: `/v1/customers/${id}/tags`, body: JSON.stringify({ tag: `soak-${index % 5}` }) };
      case 'order':
        return {
          kind,
          method: 'POST',
          path: `/v1/customers/${id}/orders`,
          body: JSON.stringify({ orderId: `soak-${++this.orders}`, amount: 1000 + (index % 97) }),
        };
      case 'list':
        return { kind, method: 'GET', path: index % 3 === 0 ? '/v1/customers?limit=50' : '/v1/customers?status=qualified&sort=-registeredAt&limit=20' };
      case 'detail':
        return { kind, method: 'GET', path: `/v1/customers/${id}`, minPosition: this.registeredAt.get(id) };
      case 'funnel':
        return { kind, method: 'GET', path: `/v1/analytics/funnel?from=2020-01-01&to=2030-01-01${index % 2 === 0 ? '&groupBy=industry' : ''}` };
      case 'as-of':
        return { kind, method: 'GET', path: `/v1/customers/${id}/as-of?at=${new Date().toISOString()}` };
    }
  }

  private statusChange(id: string): SoakRequest | undefined {
    const from = this.statuses.get(id);
    if (!from || this.changing.has(id)) return undefined;
    const moves = CUSTOMER_STATUSES.filter((to) => canMoveStatus(from, to));
    const to = moves[Math.floor(Math.random() * moves.length)];
    this.changing.add(id);
    return {
      kind: 'status',
      method: 'POST',
      path: `/v1/customers/${id}/status`,
      body: JSON.stringify({ to, reason: 'soak' }),
      onSuccess: () => this.statuses.set(id, to),
      onSettled: () => this.changing.delete(id),
    };
  }
}
