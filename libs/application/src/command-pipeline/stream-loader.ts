import type { Decider } from '#domain';
import type { EventStore, RecordedEvent } from '#event-store';
import { StreamStateCache, type LoadedStream } from './stream-state-cache.js';

/** Reads a stream through its decider's fold, reading only the events appended since the cached fold. */
export class StreamLoader<E, S> {
  constructor(
    private readonly store: EventStore,
    private readonly decider: Omit<Decider<unknown, E, S>, 'decide'>,
    private readonly cache = new StreamStateCache<S>(),
  ) {}

  async load(id: string): Promise<LoadedStream<S>> {
    const streamId = this.decider.streamOf(id);
    const cached = this.cache.get(streamId) ?? this.nothingYet();
    const newer = await this.store.readStream(streamId, { fromRevision: cached.revision + 1 });
    const loaded = this.fold(newer, cached);
    if (loaded.revision >= 0) this.cache.set(streamId, loaded);
    return loaded;
  }

  /** The fold this process last saw, unchecked against the store: another process may have appended since. */
  cached(id: string): LoadedStream<S> | undefined {
    return this.cache.get(this.decider.streamOf(id));
  }

  /**
   * Moves a cached fold on by an event read elsewhere (a feed): the next one after it is folded in, one
   * it already holds is ignored, and after a gap the fold is dropped (the next load reads the stream).
   */
  follow(event: RecordedEvent): void {
    const cached = this.cache.get(event.streamId);
    if (!cached || event.revision <= cached.revision) return;
    if (event.revision === cached.revision + 1) this.cache.set(event.streamId, this.fold([event], cached));
    else this.cache.forget(event.streamId);
  }

  /** What the stream is after an append this process made. */
  remember(id: string, loaded: LoadedStream<S>): void {
    this.cache.set(this.decider.streamOf(id), loaded);
  }

  private fold(events: readonly RecordedEvent[], from: LoadedStream<S>): LoadedStream<S> {
    // Recorded events carry their type and data as written by this decider's `decide`.
    const state = events.reduce((s, e) => this.decider.evolve(s, e as unknown as E), from.state);
    const last = events[events.length - 1];
    return last ? { state, revision: last.revision, position: last.position } : from;
  }

  private nothingYet(): LoadedStream<S> {
    return { state: this.decider.initialState(), revision: -1, position: 0 };
  }
}
