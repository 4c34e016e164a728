import type { Decider } from '../shared/decider.js';
import { customerStream } from '../shared/stream-names.js';
import type { CustomerCommand } from './customer-commands.js';
import type { CustomerEvent } from './customer-events.js';
import { initialCustomerState, type CustomerState } from './customer-state.js';
import { decide } from './decide.js';
import { evolve } from './evolve.js';

export const customerDecider: Decider<CustomerCommand, CustomerEvent, CustomerState> = {
  streamOf: customerStream,
  initialState: initialCustomerState,
  decide,
  evolve,
};
