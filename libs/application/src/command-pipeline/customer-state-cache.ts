import type { CustomerState } from '#domain';

export interface CachedCustomer {
  state: CustomerState;
  revision: number;
  position: number;
}

/**
 * The folded state of recently used customers, so a command reads only the events appended since.
 * Purely an optimisation: appends still carry the expected revision, so a stale entry costs one
 * conflict and a re-read, never a wrong decision. Least recently used entries are dropped first.
 */
export class CustomerStateCache {
  private readonly entries = new Map<string, CachedCustomer>();

  constructor(private readonly capacity = 20_000) {}

  get(customerId: string): CachedCustomer | undefined {
    const entry = this.entries.get(customerId);
    if (entry) {
      this.entries.delete(customerId);
      this.entries.set(customerId, entry);
    }
    return entry;
  }

  set(customerId: string, entry: CachedCustomer): void {
    const current = this.entries.get(customerId);
    if (current && current.revision > entry.revision) return;
    this.entries.delete(customerId);
    this.entries.set(customerId, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}
