import { customerCodePrefix, DomainError, formatCustomerCode, codeReservationStream } from '#domain';
import { WrongExpectedRevisionError, type EventStore } from '#event-store';
import type { CommandContext } from '../command-pipeline/command-context.js';
import { deterministicUuid } from '../command-pipeline/deterministic-id.js';
import { toProposedEvents } from '../command-pipeline/event-envelope.js';

/**
 * Customer codes are unique through the event store itself: a code is taken by appending to
 * `code-reservation-<CODE>` with expected revision "no stream", so two writers can never both win.
 * A generated code takes the first free number of its prefix, found by a galloping search over
 * the reservation streams (numbers are handed out densely), remembered per prefix in memory.
 */
export class CustomerCodeAllocator {
  private readonly highestKnown = new Map<string, number>();

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
    for (let candidate = await this.firstFreeNumber(prefix); ; candidate++) {
      const code = formatCustomerCode(prefix, candidate);
      if (await this.tryReserve(code, customerId, context, now)) {
        this.highestKnown.set(prefix, Math.max(candidate, this.highestKnown.get(prefix) ?? 0));
        return code;
      }
    }
  }

  private async firstFreeNumber(prefix: string): Promise<number> {
    const isTaken = async (n: number) => (await this.store.readStream(codeReservationStream(formatCustomerCode(prefix, n)), { maxCount: 1 })).length > 0;
    let low = this.highestKnown.get(prefix) ?? 0; // known taken (0 = nothing yet)
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
