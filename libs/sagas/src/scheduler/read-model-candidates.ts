import { CUSTOMER_PROFILES, type CustomerProfileDocument } from '../../../projections/src/index.js';
import type { DocumentFilter, KeysetPosition, ReadStore } from '../../../read-store/src/index.js';
import { DAY_MS } from '../rules/customer-rule.js';
import { HIGH_VALUE_CURRENCY } from '../rules/high-value.rule.js';
import type { RuleBook } from '../rule-book/rule-catalog.js';

const PAGE = 500;

/** Customers a time-based rule might change as of an instant. */
export interface CandidateSource {
  candidates(book: RuleBook, at: Date): AsyncIterable<string>;
}

/**
 * Narrows the customers to evaluate with the customer-profiles read model. It only selects: every
 * decision is taken on facts folded from the event store, so a lagging or rebuilding read model can
 * delay a rule by one run but never make it act wrongly or twice.
 */
export class ReadModelCandidates implements CandidateSource {
  constructor(private readonly store: ReadStore) {}

  async *candidates(book: RuleBook, at: Date): AsyncIterable<string> {
    const seen = new Set<string>();
    const fresh = (id: string): boolean => {
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    };
    const churn = book['churn-risk'];
    const highValue = book['high-value'];

    if (churn.tag !== undefined) {
      for await (const doc of this.scan({ has: { tags: churn.tag } })) if (fresh(doc.id)) yield doc.id;
    }
    if (churn.enabled && churn.windowDays !== undefined) {
      const quietBefore = new Date(at.getTime() - churn.windowDays * DAY_MS + 1).toISOString();
      const filter = { equals: { status: ['prospect', 'qualified', 'won'] }, range: { activityAt: { lt: quietBefore } } };
      for await (const doc of this.scan(filter)) if (fresh(doc.id)) yield doc.id;
    }
    if (highValue.enabled && highValue.tag !== undefined && highValue.threshold !== undefined && highValue.windowDays !== undefined) {
      for await (const doc of this.scan({ has: { tags: highValue.tag } })) if (fresh(doc.id)) yield doc.id;
      const windowStart = at.getTime() - highValue.windowDays * DAY_MS;
      const activeSince = { range: { activityAt: { gte: new Date(windowStart).toISOString() } } };
      for await (const doc of this.scan(activeSince)) {
        if (cnyTotalSince(doc, windowStart, at.getTime()) >= highValue.threshold && fresh(doc.id)) yield doc.id;
      }
    }
  }

  private async *scan(filter: DocumentFilter): AsyncIterable<CustomerProfileDocument> {
    let after: KeysetPosition | undefined;
    do {
      const page = await this.store.list<CustomerProfileDocument>(CUSTOMER_PROFILES, {
        filter,
        sort: { field: 'activityAt', direction: 'asc' },
        limit: PAGE,
        ...(after ? { after } : {}),
      });
      yield* page.items;
      after = page.next;
    } while (after !== undefined);
  }
}

function cnyTotalSince(doc: CustomerProfileDocument, start: number, end: number): number {
  return doc.orders
    .filter((o) => o.currency === HIGH_VALUE_CURRENCY && Date.parse(o.orderedAt) > start && Date.parse(o.orderedAt) <= end)
    .reduce((sum, o) => sum + o.amount, 0);
}
