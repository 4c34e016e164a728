/** The oldest undelivered event of one customer for one webhook: only it may be sent. */
export interface QueueHead {
  webhookId: string;
  customerId: string;
  position: number;
  /** Epoch ms; the head waits for its retry time. */
  nextAttemptAt: number;
}

export const queueKey = (head: Pick<QueueHead, 'webhookId' | 'customerId'>): string => `${head.webhookId}\u0000${head.customerId}`;

/**
 * Per-customer order: a customer's queue sends one event at a time, so a failing event holds back
 * that customer's later events for that webhook while other customers' queues keep moving.
 * Picks due heads whose queue has nothing in flight, oldest first, up to the free capacity.
 */
export function selectDispatchable(heads: readonly QueueHead[], inFlight: ReadonlySet<string>, now: number, capacity: number): QueueHead[] {
  if (capacity <= 0) return [];
  return heads
    .filter((head) => head.nextAttemptAt <= now && !inFlight.has(queueKey(head)))
    .sort((a, b) => a.position - b.position)
    .slice(0, capacity);
}
