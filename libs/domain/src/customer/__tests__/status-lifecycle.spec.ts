import { canMoveStatus } from '../status-lifecycle.js';
import type { CustomerStatus } from '../customer-vocabulary.js';

describe('status lifecycle (SPEC §3)', () => {
  it.each<[CustomerStatus, CustomerStatus, boolean]>([
    ['prospect', 'qualified', true],
    ['prospect', 'won', true],
    ['qualified', 'won', true],
    ['qualified', 'prospect', true],
    ['prospect', 'churned', true],
    ['qualified', 'churned', true],
    ['won', 'churned', true],
    ['churned', 'prospect', true],
    ['churned', 'qualified', true],
    ['won', 'prospect', false],
    ['won', 'qualified', false],
    ['churned', 'won', false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canMoveStatus(from, to)).toBe(allowed);
  });
});
