import type { RegisteredCustomer } from '#domain';

export type CustomerAsOfView = Omit<RegisteredCustomer, 'kind'> & {
  id: string;
  /** The last event folded in. */
  revision: number;
  position: number;
  recordedAt: string;
  asOf: { at: string } | { revision: number };
};
