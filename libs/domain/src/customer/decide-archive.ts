import { DomainError } from '../shared/domain-error.js';
import type { ArchiveCommand, ArchiveEvent } from './customer-archive.js';
import type { RegisteredCustomer } from './customer-state.js';
import { assertTextLength, FIELD_LIMITS } from './field-limits.js';

/** Archiving an archived customer is a no-op (a bulk retry); restoring one that is not archived is refused. */
export function decideArchive(command: ArchiveCommand, state: RegisteredCustomer): ArchiveEvent[] {
  assertTextLength('reason', command.data.reason, FIELD_LIMITS.reason, true);
  const orders = state.orders ?? [];
  if (command.type === 'ArchiveCustomer') {
    if (state.archived) return [];
    return [{ type: 'CustomerArchived', data: { customerId: state.customerId, reason: command.data.reason, archivedAt: command.now.toISOString(), orders } }];
  }
  if (!state.archived) throw new DomainError('not-archived', 'This customer is not archived');
  return [{ type: 'CustomerRestored', data: { customerId: state.customerId, reason: command.data.reason, orders } }];
}
