import type { ExpectedRevision, StreamRevision } from './event-store.port.js';

/** Whether a stream at `current` (-1: no stream) meets the append's expectation. Shared by every adapter. */
export function satisfiesExpectedRevision(expected: ExpectedRevision, current: StreamRevision): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1;
    case 'stream_exists':
      return current >= 0;
    default:
      return current === expected;
  }
}
