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
  /** Known to the caller, but not theirs to do (a route's permission, a team's bounds). */
  | 'forbidden';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
