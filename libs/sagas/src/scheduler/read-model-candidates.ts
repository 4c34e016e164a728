import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { DAY_MS, spendInWindow } from '#domain';
import { CUSTOMER_PROFILES, type CustomerProfileDocument } from '#projections';
import type { DocumentFilter, KeysetPosition, ReadStore } from '#read-store';
import type { RuleBook } from '../rule-book/rule-catalog.js';
import type { CandidateCursor } from './evaluation-run.js';

const PAGE = 500;

/** A customer to evaluate, and the cursor that resumes the scan right after it. */
export interface Candidate {
  customerId: string;
  cursor: CandidateCursor;
}

/** Customers a time-based rule might change as of an instant, optionally resuming after a cursor. */
export interface CandidateSource {
  candidates(book: RuleBook, at: Date, from?: CandidateCursor): AsyncIterable<Candidate>;
}

interface Scan {
  name: string;
  filter: DocumentFilter;
  accept?: (doc: CustomerProfileDocument) => boolean;
}

/**
 * Narrows the customers to evaluate with the customer-profiles read model. It only selects: every
 * decision is taken on facts folded from the event store, so a lagging or rebuilding read model can
 * delay a rule by one run but never make it act wrongly or twice.
 *
 * Scans run in a fixed order, each in activityAt (keyset) order, which only interactions change — not
 * what the rules append — so a cursor (scan, last keyset) resumes a run where it stopped.
 */
export class ReadModelCandidates implements CandidateSource {
  constructor(private readonly store: ReadStore) {}

  async *candidates(book: RuleBook, at: Date, from?: CandidateCursor): AsyncIterable<Candidate> {
    const scans = scansOf(book, at);
    const resumeAt = from ? scans.findIndex((scan) => scan.name === from.scan) : -1;
    // A cursor of a scan the book no longer has: start over (repeats are no-ops).
    const first = Math.max(0, resumeAt);
    const seen = new Set<string>();
    for (let i = first; i < scans.length; i++) {
      const scan = scans[i];
      const after = i === resumeAt ? from?.after : undefined;
      for await (const doc of this.scan(scan.filter, after)) {
        if (seen.has(doc.id) || (scan.accept && !scan.accept(doc))) continue;
        seen.add(doc.id);
        yield { customerId: doc.id, cursor: { scan: scan.name, after: { value: doc.activityAt, id: doc.id } } };
      }
    }
  }

  /** Yields to the event loop after every page: a scan that selects nothing must not hold the server either. */
  private async *scan(filter: DocumentFilter, from: KeysetPosition | undefined): AsyncIterable<CustomerProfileDocument> {
    let after = from;
    do {
      const page = await this.store.list<CustomerProfileDocument>(CUSTOMER_PROFILES, {
        filter,
        sort: { field: 'activityAt', direction: 'asc' },
        limit: PAGE,
        ...(after ? { after } : {}),
      });
      yield* page.items;
      after = page.next;
      await yieldToEventLoop();
    } while (after !== undefined);
  }
}

function scansOf(book: RuleBook, at: Date): Scan[] {
  const scans: Scan[] = [];
  const churn = book['churn-risk'];
  const highValue = book['high-value'];
  if (churn.tag !== undefined) scans.push({ name: 'churn-risk-tagged', filter: { has: { tags: churn.tag } } });
  if (churn.enabled && churn.windowDays !== undefined) {
    const quietBefore = new Date(at.getTime() - churn.windowDays * DAY_MS + 1).toISOString();
    scans.push({ name: 'churn-risk-quiet', filter: { equals: { status: ['prospect', 'qualified', 'won'] }, range: { activityAt: { lt: quietBefore } } } });
  }
  const { tag, threshold, windowDays } = highValue;
  if (highValue.enabled && tag !== undefined && threshold !== undefined && windowDays !== undefined) {
    scans.push({ name: 'high-value-tagged', filter: { has: { tags: tag } } });
    const windowStart = at.getTime() - windowDays * DAY_MS;
    scans.push({
      name: 'high-value-active',
      filter: { range: { activityAt: { gte: new Date(windowStart).toISOString() } } },
      accept: (doc) => spendInWindow(doc.orders, windowDays, at) >= threshold,
    });
  }
  for (const id of ['recent-order', 'recent-inquiry'] as const) {
    const tag = book[id].tag;
    if (book[id].enabled && tag !== undefined) scans.push({ name: `${id}-tagged`, filter: { has: { tags: tag } } });
  }
  const complaints = book['complaint-open'];
  if (complaints.enabled && complaints.windowDays !== undefined) {
    const openedBefore = new Date(at.getTime() - complaints.windowDays * DAY_MS + 1).toISOString();
    scans.push({ name: 'complaint-open-overdue', filter: { range: { oldestOpenComplaintAt: { lt: openedBefore } } } });
  }
  return scans;
}
