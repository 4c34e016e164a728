// A real SQLite event store on a temp file, with one customer whose events are recorded a minute apart.
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customerStream, type CustomerEvent } from '#domain';
import { type ProposedEvent, openSqliteEventStore, type SqliteEventStore } from '#event-store';
import { ManualClock } from '#shared';

export const CUSTOMER_ID = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
export const START = new Date('2024-05-01T08:00:00.000Z');
export const MINUTE = 60_000;

/** Registered at START, then one event per minute: qualified, follow-up, tagged, won (by a rule). */
export const STORY: CustomerEvent[] = [
  {
    type: 'CustomerRegistered',
    data: {
      customerId: CUSTOMER_ID,
      code: 'HB-IT-2024-001',
      ownerId: 'rep-1',
      status: 'prospect',
      registeredAt: START.toISOString(),
      name: 'Acme',
      type: 'enterprise',
      contact: { phone: '13812345678', email: 'zhang@example.com' },
      industry: 'internet',
      region: 'HB',
      source: 'referral',
      sensitive: { idNumber: '110101199001011234' },
    },
  },
  { type: 'CustomerStatusChanged', data: { customerId: CUSTOMER_ID, from: 'prospect', to: 'qualified', reason: 'budget confirmed' } },
  {
    type: 'FollowUpRecorded',
    data: {
      customerId: CUSTOMER_ID,
      followUpId: 'f-1',
      at: '2024-04-01T08:00:00.000Z',
      method: 'phone',
      content: 'called',
      result: 'interested',
      outcomes: ['contract_signed'],
      recordedBy: 'rep-1',
    },
  },
  { type: 'CustomerTagged', data: { customerId: CUSTOMER_ID, tag: 'vip', source: 'manual' } },
  { type: 'CustomerStatusChanged', data: { customerId: CUSTOMER_ID, from: 'qualified', to: 'won', reason: 'contract signed', ruleId: 'deal-closed' } },
];

export interface AuditFixture {
  store: SqliteEventStore;
  file: string;
  clock: ManualClock;
  /** Runs SQL straight on the file, as someone tampering with it would. */
  tamper(sql: string, ...params: unknown[]): void;
  cleanup(): Promise<void>;
}

export function proposed(event: CustomerEvent, index: number, occurredAt = START.toISOString()): ProposedEvent {
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: { actorId: 'rep-1', actorRole: 'sales', correlationId: `c-${index}`, causationId: `c-${index}`, occurredAt, schemaVersion: 1 },
  };
}

export async function openAuditFixture(events: readonly CustomerEvent[] = STORY): Promise<AuditFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-audit-'));
  const file = join(dir, 'events.db');
  const clock = new ManualClock(START);
  const store = openSqliteEventStore(file, clock);
  for (const [index, event] of events.entries()) {
    // Business time runs a day behind store time, so a test can tell which one as-of compares.
    const occurredAt = new Date(clock.now().getTime() - 24 * 60 * MINUTE).toISOString();
    await store.append(customerStream(CUSTOMER_ID), [proposed(event, index, occurredAt)], index === 0 ? 'no_stream' : index - 1);
    clock.advance(MINUTE);
  }
  return {
    store,
    file,
    clock,
    tamper(sql, ...params) {
      const db = new BetterSqlite3(file);
      try {
        db.prepare(sql).run(...params);
      } finally {
        db.close();
      }
    },
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
