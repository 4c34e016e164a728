// Emmett-style decider specification: given(events).when(command).then(expectedEvents) / .thenThrows(code).
// The state is always rebuilt from the given events with the real `evolve`, so a spec exercises decide + evolve together.
import { DomainError, type DomainErrorCode } from '../../shared/domain-error.js';
import type { CustomerCommand } from '../customer-commands.js';
import type { CustomerEvent } from '../customer-events.js';
import { initialCustomerState, type CustomerState } from '../customer-state.js';
import { decide } from '../decide.js';
import { evolve } from '../evolve.js';

export const stateOf = (events: readonly CustomerEvent[]): CustomerState => events.reduce(evolve, initialCustomerState());

export interface DeciderThen {
  /** The command produces exactly these events (order and data included). */
  then(expected: CustomerEvent[]): void;
  /** The command is accepted but is a no-op: no events. */
  thenNothingHappened(): void;
  /** The command is refused with a DomainError of this code (and field, when given). */
  thenThrows(code: DomainErrorCode, field?: string): void;
}

export function given(events: readonly CustomerEvent[] = []): { when(command: CustomerCommand): DeciderThen } {
  return {
    when(command) {
      const run = () => decide(command, stateOf(events));
      return {
        then(expected) {
          expect(run()).toStrictEqual(expected);
        },
        thenNothingHappened() {
          expect(run()).toEqual([]);
        },
        thenThrows(code, field) {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(DomainError);
          expect((thrown as DomainError).code).toBe(code);
          if (field !== undefined) expect((thrown as DomainError).field).toBe(field);
        },
      };
    },
  };
}
