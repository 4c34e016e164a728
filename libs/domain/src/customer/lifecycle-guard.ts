import { DomainError } from '../shared/domain-error.js';
import type { CustomerCommand } from './customer-commands.js';
import type { RegisteredCustomer } from './customer-state.js';

/** What a merged customer still accepts: its unmerge, a repeated merge into the same survivor, erasure. */
const ON_MERGED = new Set<CustomerCommand['type']>(['UnmergeCustomer', 'MergeCustomerInto', 'EraseCustomerPersonalData']);
/** What an archived customer still accepts: restore, erasure (archiving again is a no-op). */
const ON_ARCHIVED = new Set<CustomerCommand['type']>(['RestoreCustomer', 'ArchiveCustomer', 'EraseCustomerPersonalData']);

/** A merged or archived customer refuses every other command with a 409 naming why (and the survivor). */
export function assertAccepts(command: CustomerCommand, state: RegisteredCustomer): void {
  if (state.mergedInto && !ON_MERGED.has(command.type)) {
    const into = state.mergedInto.into;
    throw new DomainError('customer-merged', `This customer was merged into ${into}; change the survivor instead`, undefined, { mergedInto: into });
  }
  if (state.archived && !ON_ARCHIVED.has(command.type)) {
    throw new DomainError('customer-archived', 'This customer is archived; restore it first', undefined, { archivedAt: state.archived.at });
  }
}
