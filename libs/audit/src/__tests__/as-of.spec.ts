import { customerStream } from '#domain';
import type { RecordedEvent } from '#event-store';
import { customerAsOf, eventsAsOf } from '../as-of.js';
import { CUSTOMER_ID, MINUTE, START, openAuditFixture, type AuditFixture } from './audit-fixture.js';

describe('customer as of an instant or a revision', () => {
  let fixture: AuditFixture;
  let events: RecordedEvent[];
  beforeAll(async () => {
    fixture = await openAuditFixture();
    events = await fixture.store.readStream(customerStream(CUSTOMER_ID));
  });
  afterAll(() => fixture.cleanup());

  const at = (ms: number) => ({ at: new Date(START.getTime() + ms) });

  it('is undefined before registration was recorded', () => {
    expect(customerAsOf(events, at(-1))).toBeUndefined();
  });

  it.each([
    [0, 'prospect', 0],
    [1, 'qualified', 0],
    [2, 'qualified', 1],
    [3, 'qualified', 1],
    [4, 'won', 1],
  ])('between event %i and the next, reads revision %i: status %s with %i follow-up(s)', (revision, status, followUps) => {
    const snapshot = customerAsOf(events, at(revision * MINUTE + MINUTE / 2));
    expect(snapshot).toMatchObject({ revision, position: events[revision].position, customer: { status, followUpCount: followUps } });
  });

  it('includes an event recorded exactly at the instant', () => {
    expect(customerAsOf(events, at(2 * MINUTE))?.revision).toBe(2);
  });

  it('compares recordedAt, not the backdated occurredAt', () => {
    expect(Date.parse(events[4].metadata.occurredAt)).toBeLessThan(START.getTime());
    expect(customerAsOf(events, at(MINUTE / 2))?.customer.status).toBe('prospect');
  });

  it('folds up to a revision, inclusive', () => {
    expect(customerAsOf(events, { revision: 3 })?.customer.tags).toEqual([{ tag: 'vip', source: 'manual' }]);
    expect(eventsAsOf(events, { revision: 1 }).map((e) => e.revision)).toEqual([0, 1]);
  });

  it('equals the current state once the instant is past the last event', () => {
    expect(customerAsOf(events, at(60 * MINUTE))?.revision).toBe(4);
  });
});
