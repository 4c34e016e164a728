import {
  type CustomerEvent,
  CUSTOMER_SOURCES,
  customerCodePrefix,
  DAY_MS,
  DEFAULT_INDUSTRIES,
  FOLLOW_UP_METHODS,
  type CustomerStatus,
  type FollowUpResult,
} from '#domain';
import { Prng } from './prng.js';

// Deterministic demo customers: the same seed and count always give the same events, so benches
// compare like with like and `seed --customers N` is reproducible. Every event is one the decider
// could have produced (valid codes, phones, allowed status moves, follow-ups never in the future).

/** Business time never passes this instant, so "not in the future" holds for any run after it. */
export const DEMO_NOW = new Date('2025-06-30T00:00:00.000Z');
const FIRST_REGISTRATION = Date.parse('2022-01-01T00:00:00.000Z');
const LAST_REGISTRATION = Date.parse('2025-03-01T00:00:00.000Z');

const REGIONS = ['HB', 'HD', 'HN', 'HZ', 'XB', 'XN', 'DB'] as const;
const SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu'] as const;
const COMPANY_WORDS = ['Star', 'River', 'Summit', 'Harbor', 'Jade', 'Phoenix', 'Crane', 'Lotus', 'Pine', 'Bright'] as const;
const COMPANY_KINDS = ['Trading', 'Technology', 'Logistics', 'Foods', 'Machinery', 'Health', 'Education', 'Capital'] as const;
const MANUAL_TAGS = ['vip', 'key-account', 'renewal', 'trial', 'partner-lead', 'north', 'south'] as const;
const SIZES = ['large', 'medium', 'small', 'micro'] as const;
const RESULTS: readonly FollowUpResult[] = ['interested', 'interested', 'needs_follow_up', 'not_interested'];

export interface DemoEvent {
  id: string;
  event: CustomerEvent;
  occurredAt: string;
  actorId: string;
}

export interface DemoCustomer {
  customerId: string;
  events: DemoEvent[];
}

export interface DemoOptions {
  seed?: number;
  /** Sales reps owning the customers; generated ids when omitted (about one per 200 customers). */
  ownerIds?: readonly string[];
}

/** Yields `count` customers with their whole event history, oldest event first per customer. */
export function* demoCustomers(count: number, options: DemoOptions = {}): Generator<DemoCustomer> {
  const random = new Prng(options.seed ?? 42);
  const owners = options.ownerIds ?? Array.from({ length: Math.max(5, Math.min(500, Math.ceil(count / 200))) }, () => random.uuid());
  const sequences = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    // Registrations advance through the period as the index does, as a real log's would.
    const registeredAt = FIRST_REGISTRATION + Math.floor(((LAST_REGISTRATION - FIRST_REGISTRATION) * i) / count) + random.int(0, DAY_MS);
    yield demoCustomer(random, owners, sequences, i, registeredAt);
  }
}

function demoCustomer(random: Prng, owners: readonly string[], sequences: Map<string, number>, index: number, registeredAtMs: number): DemoCustomer {
  const customerId = random.uuid();
  const ownerId = random.pick(owners);
  const events: DemoEvent[] = [];
  let clock = registeredAtMs;
  const emit = (event: CustomerEvent) => events.push({ id: random.uuid(), event, occurredAt: new Date(clock).toISOString(), actorId: ownerId });
  const later = (minDays: number, maxDays: number): boolean => {
    clock += random.int(minDays * DAY_MS, maxDays * DAY_MS);
    return clock < DEMO_NOW.getTime();
  };

  const industry = random.pick(DEFAULT_INDUSTRIES);
  const region = random.pick(REGIONS);
  const year = new Date(clock).getUTCFullYear();
  const prefix = customerCodePrefix(region, industry, year);
  const sequence = (sequences.get(prefix) ?? 0) + 1;
  sequences.set(prefix, sequence);
  const enterprise = random.chance(0.7);
  const contactName = `${random.pick(SURNAMES)} ${random.pick(['Wei', 'Fang', 'Min', 'Jing', 'Lei', 'Yan'])}`;
  const registeredAt = new Date(clock).toISOString();
  emit({
    type: 'CustomerRegistered',
    data: {
      customerId,
      code: `${prefix}-${String(sequence).padStart(3, '0')}`,
      name: enterprise ? `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_KINDS)} ${index + 1}` : `${contactName} ${index + 1}`,
      type: enterprise ? 'enterprise' : 'individual',
      contact: {
        name: contactName,
        phone: `1${random.int(3, 10)}${String(random.int(0, 1e9)).padStart(9, '0')}`,
        email: `contact${index + 1}@demo${random.int(1, 500)}.example.com`,
      },
      industry,
      region,
      source: random.pick(CUSTOMER_SOURCES),
      ...(enterprise ? { size: random.pick(SIZES) } : {}),
      firstContactAt: new Date(clock - random.int(0, 30) * DAY_MS).toISOString(),
      ownerId,
      status: 'prospect',
      registeredAt,
    },
  });

  let status = 'prospect' as CustomerStatus;
  const move = (to: CustomerStatus, reason: string) => {
    emit({ type: 'CustomerStatusChanged', data: { customerId, from: status, to, reason } });
    status = to;
  };
  let followUps = 0;
  const followUp = (result: FollowUpResult, outcomes: ('quote_sent' | 'contract_signed')[] = []) => {
    followUps += 1;
    const at = new Date(clock).toISOString();
    const next = random.chance(0.4) ? { nextFollowUpAt: new Date(clock + random.int(3, 30) * DAY_MS).toISOString() } : {};
    emit({
      type: 'FollowUpRecorded',
      data: {
        customerId,
        followUpId: random.uuid(),
        at,
        method: random.pick(FOLLOW_UP_METHODS),
        content: `Follow-up ${followUps}: discussed needs and next steps`,
        result,
        ...next,
        outcomes,
        recordedBy: ownerId,
      },
    });
  };

  for (let i = random.int(0, 3); i > 0 && later(2, 40); i -= 1) followUp(random.pick(RESULTS));
  if (random.chance(0.15) && later(1, 20)) emit({ type: 'CustomerTagged', data: { customerId, tag: random.pick(MANUAL_TAGS), source: 'manual' } });
  if (random.chance(0.6) && later(5, 60)) {
    move('qualified', 'budget confirmed');
    if (random.chance(0.5) && later(3, 30)) followUp('interested', ['quote_sent']);
    if (random.chance(0.55) && later(5, 60)) {
      followUp('interested', ['contract_signed']);
      move('won', 'contract signed');
      for (let o = random.int(1, 4); o > 0 && later(1, 120); o -= 1) {
        const amount = random.chance(0.1) ? random.int(5_000_000, 20_000_000) : random.int(50_000, 3_000_000);
        emit({
          type: 'OrderRecorded',
          data: { customerId, orderId: `SO-${index + 1}-${o}`, amount, currency: 'CNY', orderedAt: new Date(clock).toISOString() },
        });
      }
    }
  }
  if (status !== 'won' && random.chance(0.1) && later(30, 120)) move('churned', 'no response for months');
  if (random.chance(0.1) && later(1, 30))
    emit({
      type: 'CustomerTagged',
      data: {
        customerId,
        tag: random.pick(MANUAL_TAGS.filter((t) => !events.some((e) => e.event.type === 'CustomerTagged' && e.event.data.tag === t))),
        source: 'manual',
      },
    });
  return { customerId, events };
}
