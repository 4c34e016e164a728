import type { AppendResult, StreamAppend } from '#event-store';
import type { CommandContext } from './command-context.js';

/** One command of a decided append, with the context its events' metadata and ids derive from. */
export interface CommandStep<C> {
  context: CommandContext;
  build(now: Date): C;
}

/**
 * What a command (or a few in a row on one stream) decided, not yet appended: the caller appends
 * `append` together with other streams' parts in one `appendToStreams`, then hands the result to
 * `CommandPipeline.landed`, which remembers the stream's new state.
 */
export interface DecidedAppend<E, S> {
  id: string;
  append: StreamAppend;
  events: E[];
  /** The stream's revision the decision was made on (-1: nothing yet). */
  revision: number;
  before: S;
  state: S;
}

export interface DecideOptions {
  /** The caller has just read the stream and found nothing: no read here (the append still expects no stream). */
  assumeNew?: boolean;
}

/**
 * Whether the store answered `decided` with the result of ids already in place at another revision (a
 * repeated command: nothing appended). A retry of the very same append gets the original's own result.
 */
export const wasRetry = (decided: { revision: number; events: readonly unknown[] }, result: AppendResult): boolean =>
  result.nextRevision !== decided.revision + decided.events.length;
