import { decideOperation, operationsDecider, type OperationCommand } from '../operations-decider.js';

const NOW = new Date('2024-06-15T10:00:00.000Z');
const retry: OperationCommand = {
  type: 'RetryParkedReaction',
  data: { parkedId: 'p-1', ruleId: 'pending-deal', customerId: 'c-1', causationId: 'e-1' },
  now: NOW,
};

describe('Operations decider', () => {
  it('records a retry of a parked reaction as of now, whatever was recorded before', () => {
    const expected = [{ type: 'ParkedReactionRetried', data: { ...retry.data, retriedAt: NOW.toISOString() } }];
    expect(decideOperation(retry, operationsDecider.initialState())).toEqual(expected);
    expect(decideOperation(retry, 3)).toEqual(expected);
  });

  it('keeps every operation in the one operations stream', () => {
    expect(operationsDecider.streamOf('anything')).toBe('operations');
  });
});
