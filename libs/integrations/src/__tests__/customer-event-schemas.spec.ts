import {
  CUSTOMER_EVENT_TYPES,
  DEFAULT_INDUSTRIES,
  decide,
  evolve,
  initialCustomerState,
  type CustomerCommand,
  type CustomerEvent,
  type CustomerState,
} from '#domain';
import { eventDataSchema, publishedEventSchemas } from '../schemas/customer-event-schemas.js';
import { schemaViolations } from './schema-violations.js';

const NOW = new Date('2024-06-15T10:00:00.000Z');
const CUSTOMER_ID = '6f1c2b7e-4f4e-4a8e-9a57-1d2c3b4a5e6f';
const OTHER_ID = '7a2d3c8f-5a5f-4b9f-8b68-2e3d4c5b6f70';
const MERGE_ID = '8b3e4d90-6b60-4ca0-9c79-3f4e5d6c7081';
const MOVES = {
  followUps: [{ followUpId: 'f-9', at: '2024-06-02T00:00:00.000Z', result: 'interested' as const }],
  orders: [{ orderId: 'SO-9', amount: 5_000, currency: 'CNY', orderedAt: '2024-06-03T00:00:00.000Z' }],
  tags: [{ tag: 'key-account', source: 'manual' as const }],
  reminders: [],
  fields: [],
};

/** Runs commands through the real decider, folding state as it goes, and returns every event produced. */
function produce(commands: CustomerCommand[]): CustomerEvent[] {
  let state: CustomerState = initialCustomerState();
  const events: CustomerEvent[] = [];
  for (const command of commands) {
    for (const event of decide(command, state)) {
      events.push(event);
      state = evolve(state, event);
    }
  }
  return events;
}

const scenario: CustomerCommand[] = [
  {
    type: 'RegisterCustomer',
    now: NOW,
    data: {
      customerId: CUSTOMER_ID,
      code: 'HB-IT-2024-001',
      ownerId: 'user-1',
      name: 'Hubei Cloud',
      type: 'enterprise',
      contact: { name: 'Li Lei', phone: '13812345678', email: 'li@example.com' },
      industry: 'internet',
      region: 'HB',
      source: 'exhibition',
      size: 'medium',
      firstContactAt: '2024-06-01T00:00:00.000Z',
      sensitive: { idNumber: '110101199003074514' },
      industries: DEFAULT_INDUSTRIES,
    },
  },
  {
    type: 'UpdateCustomerProfile',
    now: NOW,
    data: { changes: { notes: 'prefers email', contact: { email: 'li@example.org' } }, industries: DEFAULT_INDUSTRIES },
  },
  { type: 'UpdateCustomerProfile', now: NOW, data: { changes: { notes: null, size: null }, industries: DEFAULT_INDUSTRIES } },
  { type: 'ChangeCustomerStatus', now: NOW, data: { to: 'qualified', reason: 'budget confirmed' } },
  { type: 'ChangeCustomerStatus', now: NOW, data: { to: 'won', reason: 'contract signed', ruleId: 'deal-closed' } },
  {
    type: 'RecordFollowUp',
    now: NOW,
    data: {
      followUpId: 'f-1',
      method: 'visit',
      content: 'demo',
      result: 'interested',
      nextFollowUpAt: new Date('2024-07-01T00:00:00Z'),
      outcomes: ['quote_sent'],
      recordedBy: 'user-1',
    },
  },
  {
    type: 'RecordFollowUp',
    now: NOW,
    data: { followUpId: 'f-2', at: new Date('2024-06-01T00:00:00Z'), method: 'phone', content: 'call', result: 'needs_follow_up', recordedBy: 'user-1' },
  },
  {
    type: 'RecordFollowUp',
    now: NOW,
    data: {
      followUpId: 'f-3',
      at: new Date('2024-06-02T00:00:00Z'),
      method: 'phone',
      content: 'broken on arrival',
      result: 'needs_follow_up',
      recordedBy: 'user-1',
      kind: 'complaint',
      category: 'product_quality',
      satisfaction: 2,
    },
  },
  { type: 'ResolveComplaint', now: NOW, data: { followUpId: 'f-3', resolution: 'replaced', resolvedBy: 'user-1' } },
  { type: 'RecordOrder', now: NOW, data: { orderId: 'SO-1', amount: 125_000, currency: 'CNY' } },
  { type: 'TagCustomer', now: NOW, data: { tag: 'vip', source: 'manual', maxTags: 10 } },
  { type: 'TagCustomer', now: NOW, data: { tag: 'high-value', source: 'rule', ruleId: 'high-value', maxTags: 10 } },
  { type: 'UntagCustomer', now: NOW, data: { tag: 'vip', source: 'manual' } },
  {
    type: 'ScheduleReminder',
    now: NOW,
    data: { reminderId: '0b7d3c52-2f4e-4c9a-9d1e-3a2b1c0d9e8f', dueAt: new Date('2024-07-01T00:00:00Z'), reason: 'revisit', ruleId: 'high-value' },
  },
  {
    type: 'ScheduleReminder',
    now: NOW,
    data: { reminderId: '1c8e4d63-3a5f-4dab-8e2f-4b3c2d1e0f9a', dueAt: new Date('2024-07-02T00:00:00Z'), reason: 'call back' },
  },
  { type: 'CompleteReminder', now: NOW, data: { reminderId: '0b7d3c52-2f4e-4c9a-9d1e-3a2b1c0d9e8f', completedBy: 'user-1' } },
  { type: 'CancelReminder', now: NOW, data: { reminderId: '1c8e4d63-3a5f-4dab-8e2f-4b3c2d1e0f9a', reason: 'no longer needed', ruleId: 'churn-risk-clear' } },
  { type: 'ChangeCustomerOwner', now: NOW, data: { ownerId: 'user-2' } },
  { type: 'ArchiveCustomer', now: NOW, data: { reason: 'duplicate of a test record' } },
  { type: 'RestoreCustomer', now: NOW, data: { reason: 'archived by mistake' } },
  { type: 'TagCustomer', now: NOW, data: { tag: 'vip', source: 'manual', maxTags: 10 } },
  {
    type: 'MergeCustomerInto',
    now: NOW,
    data: { mergeId: MERGE_ID, into: OTHER_ID, reason: 'same company', take: ['notes'], survivorTags: [], maxTags: 10 },
  },
  { type: 'UnmergeCustomer', now: NOW, data: { reason: 'not the same company', returned: MOVES } },
  {
    type: 'AbsorbCustomer',
    now: NOW,
    data: { mergeId: MERGE_ID, from: OTHER_ID, reason: 'same company', moved: MOVES, take: { needs: 'cloud hosting' }, industries: DEFAULT_INDUSTRIES },
  },
  { type: 'RevertAbsorption', now: NOW, data: { mergeId: MERGE_ID, from: OTHER_ID, reason: 'undo', restore: {}, industries: DEFAULT_INDUSTRIES } },
  { type: 'EraseCustomerPersonalData', now: NOW, data: { reason: 'PIPL request' } },
];

describe('published event schemas', () => {
  it('has a version 1 schema for every customer event type, and nothing else', () => {
    for (const type of CUSTOMER_EVENT_TYPES) expect([type, eventDataSchema(type, 1) !== undefined]).toEqual([type, true]);
    expect(new Set(publishedEventSchemas().map((s) => s.type))).toEqual(new Set(CUSTOMER_EVENT_TYPES));
  });

  it('accepts every event the decider produces, covering every type', () => {
    const events = produce(scenario);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(CUSTOMER_EVENT_TYPES));
    for (const event of events) {
      expect({ type: event.type, violations: schemaViolations(eventDataSchema(event.type, 1)!, event.data) }).toEqual({ type: event.type, violations: [] });
    }
  });

  it('rejects data that breaks the contract', () => {
    const schema = eventDataSchema('CustomerStatusChanged', 1)!;
    const violations = schemaViolations(schema, { customerId: 'nope', from: 'prospect', to: 'lost', reason: '', extra: 1 });
    expect(violations.map((v) => v.path).sort()).toEqual(['$.customerId', '$.extra', '$.reason', '$.to']);
    expect(
      schemaViolations(eventDataSchema('OrderRecorded', 1)!, {
        customerId: CUSTOMER_ID,
        orderId: 'x',
        amount: 1.5,
        currency: 'CNY',
        orderedAt: 'yesterday',
      }).map((v) => v.path),
    ).toEqual(['$.amount', '$.orderedAt']);
  });

  it('refuses a profile update that neither changes nor clears anything, and an unknown cleared path', () => {
    const schema = eventDataSchema('CustomerProfileUpdated', 1)!;
    expect(schemaViolations(schema, { customerId: CUSTOMER_ID, changes: {} })).not.toEqual([]);
    expect(schemaViolations(schema, { customerId: CUSTOMER_ID, changes: {}, cleared: ['name'] })).not.toEqual([]);
    expect(schemaViolations(schema, { customerId: CUSTOMER_ID, changes: {}, cleared: ['contact.title'] })).toEqual([]);
  });
});
