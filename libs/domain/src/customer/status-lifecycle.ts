import type { CustomerStatus } from './customer-vocabulary.js';

// SPEC §3: the moves a customer's status may make. Anything else is refused with 422.
const ALLOWED_MOVES: Record<CustomerStatus, readonly CustomerStatus[]> = {
  prospect: ['qualified', 'won', 'churned'],
  qualified: ['won', 'prospect', 'churned'],
  won: ['churned'],
  churned: ['prospect', 'qualified'],
};

export function canMoveStatus(from: CustomerStatus, to: CustomerStatus): boolean {
  return ALLOWED_MOVES[from].includes(to);
}
