import { codeReservationStream } from '#domain';
import { openSqliteEventStore, WrongExpectedRevisionError, type EventStore } from '#event-store';
import { ManualClock } from '#shared';
import type { CommandContext } from '../../command-pipeline/command-context.js';
import { CustomerCodeAllocator } from '../customer-code-allocator.js';

const NOW = new Date('2024-06-15T10:00:00.000Z');
const context: CommandContext = { actor: { userId: 'rep', role: 'sales' }, correlationId: 'c', causationId: 'c' };

/** The store, counting the reservations refused because the code was taken. */
function countingConflicts(store: EventStore): { store: EventStore; conflicts: () => number } {
  let conflicts = 0;
  const counting = Object.create(store) as EventStore;
  counting.append = async (...args) => {
    try {
      return await store.append(...args);
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) conflicts += 1;
      throw error;
    }
  };
  return { store: counting, conflicts: () => conflicts };
}

describe('CustomerCodeAllocator', () => {
  let raw: EventStore;
  beforeEach(() => {
    raw = openSqliteEventStore(':memory:', new ManualClock(NOW));
  });
  afterEach(() => raw.close());

  it('gives concurrent registrations of one prefix consecutive numbers without racing for the same one', async () => {
    const { store, conflicts } = countingConflicts(raw);
    const codes = new CustomerCodeAllocator(store);
    const generated = await Promise.all(Array.from({ length: 12 }, (_, i) => codes.generate('HB', 'internet', `c-${i}`, context, NOW)));
    expect([...generated].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `HB-IT-2024-${String(i + 1).padStart(3, '0')}`));
    expect(conflicts()).toBe(0);
  });

  it('skips numbers another process took meanwhile, and keeps them unique', async () => {
    const codes = new CustomerCodeAllocator(raw);
    expect(await codes.generate('HB', 'internet', 'c-1', context, NOW)).toBe('HB-IT-2024-001');
    // Another process (a second replica, an import) takes 002 and 003.
    const other = new CustomerCodeAllocator(raw);
    await other.reserveGiven('HB-IT-2024-002', 'x-2', context, NOW);
    await other.reserveGiven('HB-IT-2024-003', 'x-3', context, NOW);
    expect(await codes.generate('HB', 'internet', 'c-2', context, NOW)).toBe('HB-IT-2024-004');
    expect(await codes.generate('HB', 'internet', 'c-3', context, NOW)).toBe('HB-IT-2024-005');
    const holder = async (code: string) => (await raw.readStream(codeReservationStream(code)))[0]?.data.customerId;
    expect(await Promise.all(['001', '002', '003', '004', '005'].map((n) => holder(`HB-IT-2024-${n}`)))).toEqual(['c-1', 'x-2', 'x-3', 'c-2', 'c-3']);
  });
});
