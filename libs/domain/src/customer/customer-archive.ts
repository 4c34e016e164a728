import type { OrderFact } from './customer-value.js';

// Archive is what "delete" means for a customer (issue 12 item 6): it leaves lists and analytics,
// its history stays, and erasure remains the only way to remove personal data.

type CustomerArchived = {
  type: 'CustomerArchived';
  /** `orders`: the orders that leave the company-wide value trend with the customer. */
  data: { customerId: string; reason: string; archivedAt: string; orders: OrderFact[] };
};

type CustomerRestored = {
  type: 'CustomerRestored';
  data: { customerId: string; reason: string; orders: OrderFact[] };
};

export type ArchiveEvent = CustomerArchived | CustomerRestored;

type ArchiveCustomer = { type: 'ArchiveCustomer'; data: { reason: string }; now: Date };
type RestoreCustomer = { type: 'RestoreCustomer'; data: { reason: string }; now: Date };

export type ArchiveCommand = ArchiveCustomer | RestoreCustomer;
