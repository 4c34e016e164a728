import type { Decider } from '../shared/decider.js';
import { OPERATIONS_STREAM } from '../shared/stream-names.js';
import type { OperationEvent, ParkedReactionRetried } from './operation-events.js';

export type OperationCommand = {
  type: 'RetryParkedReaction';
  data: Omit<ParkedReactionRetried['data'], 'retriedAt'>;
  now: Date;
};

/** How many operations were recorded: the stream holds an audit trail, not state anything depends on. */
type OperationsState = number;

export function decideOperation(command: OperationCommand, _state: OperationsState): OperationEvent[] {
  return [{ type: 'ParkedReactionRetried', data: { ...command.data, retriedAt: command.now.toISOString() } }];
}

export const operationsDecider: Decider<OperationCommand, OperationEvent, OperationsState> = {
  streamOf: () => OPERATIONS_STREAM,
  initialState: () => 0,
  decide: decideOperation,
  evolve: (count) => count + 1,
};
