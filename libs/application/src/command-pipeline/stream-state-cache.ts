/** A stream folded to its state as of a revision (-1: nothing appended yet). */
export interface LoadedStream<S> {
  state: S;
  revision: number;
  position: number;
}

/**
 * The folded state of recently used streams, so a command reads only the events appended since.
 * Purely an optimisation: appends still carry the expected revision, so a stale entry costs one
 * conflict and a re-read, never a wrong decision. Least recently used entries are dropped first.
 */
export class StreamStateCache<S> {
  private readonly entries = new Map<string, LoadedStream<S>>();

  constructor(private readonly capacity = 20_000) {}

  get(streamId: string): LoadedStream<S> | undefined {
    const entry = this.entries.get(streamId);
    if (entry) {
      this.entries.delete(streamId);
      this.entries.set(streamId, entry);
    }
    return entry;
  }

  set(streamId: string, entry: LoadedStream<S>): void {
    const current = this.entries.get(streamId);
    if (current && current.revision > entry.revision) return;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  forget(streamId: string): void {
    this.entries.delete(streamId);
  }
}
