/** Every business rule violation, with a stable code that the HTTP layer maps to a status. */
export type DomainErrorCode =
  | 'not-found'
  | 'already-exists'
  | 'code-taken'
  | 'duplicate-suspected'
  | 'invalid-status-transition'
  | 'status-unchanged'
  | 'tag-limit-reached'
  | 'tag-not-found'
  | 'invalid-time'
  | 'invalid-value'
  | 'owner-unchanged'
  | 'already-resolved'
  | 'tag-retired'
  /** The customer was merged into another (`mergedInto` names it): only unmerge, erasure and reads remain. */
  | 'customer-merged'
  /** The customer is archived: only restore, erasure and reads remain. */
  | 'customer-archived'
  | 'not-merged'
  | 'not-archived'
  /** A bulk filter selected more customers than one request may change. */
  | 'selection-too-large'
  /** Known to the caller, but not theirs to do (a route's permission, a team's bounds). */
  | 'forbidden';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
    /** Extra members of the problem answer (e.g. `mergedInto`). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
