import { customerCodePrefix, DomainError, formatCustomerCode, codeReservationStream } from '#domain';
import { WrongExpectedRevisionError, type EventStore, type RecordedEvent, type StreamAppend } from '#event-store';
import type { CommandContext } from '../command-pipeline/command-context.js';
import { deterministicUuid } from '../command-pipeline/deterministic-id.js';
import { toProposedEvents } from '../command-pipeline/event-envelope.js';

/**
 * Customer codes are unique through the event store itself: a code is taken by appending to
 * `code-reservation-<CODE>` with expected revision "no stream", so two writers can never both win.
 * A generated code takes the first free number of its prefix, found by a galloping search over
 * the reservation streams (numbers are handed out densely). The process then hands out the numbers
 * after it itself, one per registration, so concurrent registrations here never race for the same
 * number; a number another process took sends the next registration back to the search.
 */
export class CustomerCodeAllocator {
  /** Per prefix: the next number to hand out (every lower one is taken or handed out here). */
  private readonly next = new Map<string, number>();
  /** Per prefix: the highest number known to be taken, where a search starts. */
  private readonly knownTaken = new Map<string, number>();
  private readonly searches = new Map<string, Promise<number>>();

  constructor(private readonly store: EventStore) {}

  /** Reserves a code the user gave; 409 `code-taken` if another customer holds it. */
  async reserveGiven(code: string, customerId: string, context: CommandContext, now: Date): Promise<void> {
    if (!(await this.tryReserve(code, customerId, context, now))) {
      throw new DomainError('code-taken', `Customer code ${code} is already taken`, 'code');
    }
  }

  /** Generates `<REGION>-<INDUSTRY>-<YYYY>-<NNN>` with the next free number of that prefix. */
  async generate(region: string, industry: string, customerId: string, context: CommandContext, now: Date): Promise<string> {
    const prefix = customerCodePrefix(region, industry, now.getUTCFullYear());
    for (;;) {
      const candidate = await this.handOut(prefix);
      const code = formatCustomerCode(prefix, candidate);
      const reserved = await this.tryReserve(code, customerId, context, now);
      this.knownTaken.set(prefix, Math.max(candidate, this.knownTaken.get(prefix) ?? 0));
      if (reserved) return code;
      // Taken elsewhere (another process, an import): the next registration searches again from here.
      this.next.delete(prefix);
    }
  }

  /**
   * The next number of the prefix, handed out but not reserved: the caller appends `reservation(code)`
   * in its own commit, and calls `forget(code)` when that commit failed.
   */
  async propose(region: string, industry: string, now: Date): Promise<string> {
    const prefix = customerCodePrefix(region, industry, now.getUTCFullYear());
    return formatCustomerCode(prefix, await this.handOut(prefix));
  }

  /** The reservation of `code` as a part of a multi-stream append: it lands only if nobody holds the code. */
  reservation(code: string, customerId: string, context: CommandContext, now: Date): StreamAppend {
    const streamId = codeReservationStream(code);
    const [proposed] = toProposedEvents([{ type: 'CustomerCodeReserved', data: { code, customerId } }], streamId, context, now);
    return { streamId, events: [{ ...proposed, id: deterministicUuid('code-reservation', code, customerId) }], expected: 'no_stream' };
  }

  /** Who holds the code, from its reservation stream as read. */
  static holderIn(events: readonly RecordedEvent[] | undefined): string | undefined {
    const [holder] = events ?? [];
    return holder === undefined ? undefined : String(holder.data.customerId);
  }

  /** A proposed code whose commit failed (taken elsewhere, or the commit refused for another reason): the prefix is searched afresh next time. */
  forget(code: string): void {
    const cut = code.lastIndexOf('-');
    const prefix = code.slice(0, cut);
    this.next.delete(prefix);
  }

  private async handOut(prefix: string): Promise<number> {
    let number = this.next.get(prefix);
    if (number === undefined) {
      // Concurrent first callers share one search.
      let search = this.searches.get(prefix);
      if (!search) {
        search = this.firstFreeNumber(prefix).finally(() => this.searches.delete(prefix));
        this.searches.set(prefix, search);
      }
      const found = await search;
      number = Math.max(found, this.next.get(prefix) ?? 0);
    }
    this.next.set(prefix, number + 1);
    return number;
  }

  private async firstFreeNumber(prefix: string): Promise<number> {
    const isTaken = async (n: number) => (await this.store.readStream(codeReservationStream(formatCustomerCode(prefix, n)), { maxCount: 1 })).length > 0;
    let low = this.knownTaken.get(prefix) ?? 0; // known taken (0 = nothing yet)
    let step = 1;
    while (await isTaken(low + step)) {
      low += step;
      step *= 2;
    }
    let high = low + step; // known free
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (await isTaken(middle)) low = middle;
      else high = middle;
    }
    return high;
  }

  /** True when the code is now held by this customer (including by an earlier try of the same request). */
  private async tryReserve(code: string, customerId: string, context: CommandContext, now: Date): Promise<boolean> {
    const streamId = codeReservationStream(code);
    const [proposed] = toProposedEvents([{ type: 'CustomerCodeReserved', data: { code, customerId } }], streamId, context, now);
    try {
      await this.store.append(streamId, [{ ...proposed, id: deterministicUuid('code-reservation', code, customerId) }], 'no_stream');
      return true;
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      const [holder] = await this.store.readStream(streamId, { maxCount: 1 });
      return holder?.data.customerId === customerId;
    }
  }
}
