import { customerStream } from '#domain';
import { statusHistoryOf } from '../status-history.js';
import { CUSTOMER_ID, openAuditFixture, type AuditFixture } from './audit-fixture.js';

describe('statusHistoryOf', () => {
  let fixture: AuditFixture;
  beforeAll(async () => {
    fixture = await openAuditFixture();
  });
  afterAll(() => fixture.cleanup());

  it('starts with registration from null, then each status change with its reason, actor, times and position', async () => {
    const events = await fixture.store.readStream(customerStream(CUSTOMER_ID));
    expect(statusHistoryOf(events)).toEqual([
      expect.objectContaining({ from: null, to: 'prospect', reason: 'registered', actorId: 'rep-1', revision: 0, position: events[0].position }),
      expect.objectContaining({ from: 'prospect', to: 'qualified', reason: 'budget confirmed', revision: 1, position: events[1].position }),
      expect.objectContaining({ from: 'qualified', to: 'won', reason: 'contract signed', ruleId: 'deal-closed', revision: 4 }),
    ]);
  });

  it('carries occurredAt and recordedAt from the metadata, and ruleId only when a rule acted', async () => {
    const events = await fixture.store.readStream(customerStream(CUSTOMER_ID));
    const [registered, qualified] = statusHistoryOf(events);
    expect(registered.occurredAt).toBe(events[0].metadata.occurredAt);
    expect(qualified.recordedAt).toBe(events[1].metadata.recordedAt);
    expect(qualified).not.toHaveProperty('ruleId');
  });

  it('is empty for a stream without status events', () => {
    expect(statusHistoryOf([])).toEqual([]);
  });
});
