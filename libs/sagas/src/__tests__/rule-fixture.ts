// Facts for rule specs: a customer history as recorded events, folded with the real factsOf.
import type { CustomerEvent, Registration } from '#domain';
import type { RecordedEvent } from '#event-store';
import { factsOf, type CustomerFacts } from '../facts/customer-facts.js';
import { DEFAULT_RULE_BOOK, type RuleBook, type RuleId, type RuleSettings } from '../rule-book/rule-catalog.js';
import type { RuleEffect, RuleTrigger } from '../rules/customer-rule.js';
import { CUSTOMER_RULES } from '../rules/rule-registry.js';

export const CUSTOMER_ID = '6f1c2b7e-4f4e-4a8e-9a57-1d2c3b4a5e6f';
export const OWNER_ID = 'user-sales-1';
export const NOW = new Date('2024-06-15T10:00:00.000Z');
export const DAY = 86_400_000;
export const daysBefore = (days: number, from: Date = NOW) => new Date(from.getTime() - days * DAY);
export const daysAfter = (days: number, from: Date = NOW) => new Date(from.getTime() + days * DAY);

/** The customer every rule spec follows, as registered. */
export const REGISTRATION: Registration = {
  customerId: CUSTOMER_ID,
  code: 'HB-IT-2024-001',
  ownerId: OWNER_ID,
  name: 'Hubei Cloud',
  type: 'enterprise',
  contact: { phone: '13812345678' },
  industry: 'internet',
  region: 'HB',
  source: 'referral',
};

export class History {
  private readonly events: RecordedEvent[] = [];

  constructor(registeredAt: Date = daysBefore(400)) {
    this.add(
      {
        type: 'CustomerRegistered',
        data: { ...REGISTRATION, status: 'prospect', registeredAt: registeredAt.toISOString() },
      },
      registeredAt,
    );
  }

  /** Appends an event (occurredAt: business time) and returns its id. */
  add(event: CustomerEvent, occurredAt: Date = NOW, id = `evt-${this.events.length + 1}`): string {
    this.events.push({
      id,
      type: event.type,
      streamId: `customer-${CUSTOMER_ID}`,
      revision: this.events.length,
      position: this.events.length + 1,
      data: event.data as unknown as Record<string, unknown>,
      metadata: {
        actorId: OWNER_ID,
        actorRole: 'sales',
        correlationId: 'c',
        causationId: 'c',
        occurredAt: occurredAt.toISOString(),
        recordedAt: occurredAt.toISOString(),
        schemaVersion: 1,
        prevHash: '',
        hash: '',
      },
    });
    return id;
  }

  followUp(
    at: Date,
    extra: { outcomes?: ('quote_sent' | 'contract_signed')[]; nextFollowUpAt?: Date; kind?: 'inquiry' | 'complaint'; followUpId?: string } = {},
  ): RuleTrigger {
    const data = {
      customerId: CUSTOMER_ID,
      followUpId: extra.followUpId ?? `fu-${this.events.length}`,
      at: at.toISOString(),
      method: 'phone' as const,
      content: 'call',
      result: 'interested' as const,
      outcomes: extra.outcomes ?? [],
      recordedBy: OWNER_ID,
      ...(extra.nextFollowUpAt ? { nextFollowUpAt: extra.nextFollowUpAt.toISOString() } : {}),
      ...(extra.kind ? { kind: extra.kind } : {}),
      ...(extra.kind === 'complaint' ? { category: 'delivery' as const } : {}),
    };
    const eventId = this.add({ type: 'FollowUpRecorded', data }, at);
    return { eventId, type: 'FollowUpRecorded', data };
  }

  resolve(followUpId: string, resolvedAt: Date = NOW): RuleTrigger {
    const data = { customerId: CUSTOMER_ID, followUpId, resolution: 'fixed', resolvedAt: resolvedAt.toISOString(), resolvedBy: OWNER_ID };
    const eventId = this.add({ type: 'ComplaintResolved', data }, resolvedAt);
    return { eventId, type: 'ComplaintResolved', data };
  }

  order(orderId: string, amount: number, orderedAt: Date, currency = 'CNY'): RuleTrigger {
    const data = { customerId: CUSTOMER_ID, orderId, amount, currency, orderedAt: orderedAt.toISOString() };
    const eventId = this.add({ type: 'OrderRecorded', data }, orderedAt);
    return { eventId, type: 'OrderRecorded', data };
  }

  tag(tag: string, at: Date = NOW, ruleId?: string): string {
    return this.add(
      { type: 'CustomerTagged', data: ruleId ? { customerId: CUSTOMER_ID, tag, source: 'rule', ruleId } : { customerId: CUSTOMER_ID, tag, source: 'manual' } },
      at,
    );
  }

  untag(tag: string): void {
    this.add({ type: 'CustomerUntagged', data: { customerId: CUSTOMER_ID, tag, source: 'manual' } });
  }

  status(from: 'prospect' | 'qualified' | 'won' | 'churned', to: 'prospect' | 'qualified' | 'won' | 'churned'): void {
    this.add({ type: 'CustomerStatusChanged', data: { customerId: CUSTOMER_ID, from, to, reason: 'test' } });
  }

  reminder(reminderId: string, ruleId: string, dueAt: Date = daysAfter(30)): void {
    this.add({
      type: 'ReminderScheduled',
      data: { customerId: CUSTOMER_ID, reminderId, dueAt: dueAt.toISOString(), reason: 'r', assigneeId: OWNER_ID, ruleId },
    });
  }

  /** Applies effects as the engine would (through their domain events) so a spec can re-evaluate. */
  apply(effects: readonly RuleEffect[], ruleId: RuleId, at: Date = NOW): void {
    for (const effect of effects) {
      switch (effect.kind) {
        case 'tag':
          this.tag(effect.tag, at, ruleId);
          break;
        case 'untag':
          this.add({ type: 'CustomerUntagged', data: { customerId: CUSTOMER_ID, tag: effect.tag, source: 'rule', ruleId } }, at);
          break;
        case 'change-status':
          this.add(
            {
              type: 'CustomerStatusChanged',
              data: { customerId: CUSTOMER_ID, from: this.facts().customer.status, to: effect.to, reason: effect.reason, ruleId },
            },
            at,
          );
          break;
        case 'schedule-reminder':
          this.reminder(effect.reminderId, ruleId, effect.dueAt);
          break;
        case 'cancel-reminder':
          this.add({ type: 'ReminderCancelled', data: { customerId: CUSTOMER_ID, reminderId: effect.reminderId, reason: effect.reason, ruleId } }, at);
          break;
      }
    }
  }

  facts(): CustomerFacts {
    const facts = factsOf(this.events);
    if (!facts) throw new Error('not registered');
    return facts;
  }
}

export const bookWith = (ruleId: RuleId, changes: Partial<RuleSettings>): RuleBook => ({
  ...DEFAULT_RULE_BOOK,
  [ruleId]: { ...DEFAULT_RULE_BOOK[ruleId], ...changes },
});

export function evaluate(ruleId: RuleId, history: History, options: { at?: Date; trigger?: RuleTrigger; book?: RuleBook } = {}): RuleEffect[] {
  return CUSTOMER_RULES[ruleId].evaluate({ facts: history.facts(), book: options.book ?? DEFAULT_RULE_BOOK, at: options.at ?? NOW, trigger: options.trigger });
}
