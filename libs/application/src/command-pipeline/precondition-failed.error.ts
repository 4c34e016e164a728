/** If-Match named a revision the stream is no longer (or not yet) at: 412. */
export class PreconditionFailedError extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`Customer is at revision ${actual}, not ${expected}`);
    this.name = 'PreconditionFailedError';
  }
}
