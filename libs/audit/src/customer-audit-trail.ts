import { customerStream, DomainError } from '#domain';
import type { EventStore, RecordedEvent, StreamRevision } from '#event-store';
import { newestAnchorOf } from './anchors/newest-anchor.js';
import { customerAsOf, type AsOfPoint, type CustomerSnapshot } from './as-of.js';
import { verifyChain, type ChainVerification } from './chain-verification.js';
import type { ExportSigningKey } from './export-signing-key.js';
import { formatHistory, type ExportFormat } from './history-formats.js';
import { toHistoryItem, type HistoryItem } from './history-item.js';
import { signExport } from './signed-export.js';
import { statusHistoryOf, type StatusChange } from './status-history.js';

export interface HistoryPage {
  items: HistoryItem[];
  /** Where the next page starts; null on the last page. */
  nextRevision: StreamRevision | null;
}

export const DEFAULT_HISTORY_LIMIT = 100;
export const MAX_HISTORY_LIMIT = 1000;

/**
 * The auditor's reads of one customer stream. History, status history and as-of read `current`:
 * upcast, personal fields decrypted (or `[erased]`). Verification and exports read `stored`, the
 * bytes the hash chain covers, personal fields still encrypted: a handed-over export proves the
 * chain without disclosing personal data.
 */
export class CustomerAuditTrail {
  constructor(
    private readonly stored: EventStore,
    private readonly current: EventStore = stored,
    /** Signs exports; a trail without one reads and verifies but does not export. */
    private readonly signingKey?: ExportSigningKey,
  ) {}

  async history(customerId: string, fromRevision = 0, limit = DEFAULT_HISTORY_LIMIT): Promise<HistoryPage> {
    const stream = customerStream(customerId);
    const page = await this.current.readStream(stream, { fromRevision, maxCount: limit + 1 });
    if (page.length === 0) await this.storedEvents(customerId, { probeOnly: true });
    const items = page.slice(0, limit).map(toHistoryItem);
    return { items, nextRevision: page.length > limit ? page[limit].revision : null };
  }

  async statusHistory(customerId: string): Promise<StatusChange[]> {
    return statusHistoryOf(await this.read(this.current, customerId));
  }

  async asOf(customerId: string, point: AsOfPoint): Promise<CustomerSnapshot> {
    const options = 'revision' in point ? { toRevision: point.revision } : {};
    const events = await this.read(this.current, customerId, options);
    const snapshot = customerAsOf(events, point);
    if (!snapshot) throw new DomainError('not-found', 'The customer was not registered at that point');
    return snapshot;
  }

  async verify(customerId: string): Promise<ChainVerification> {
    const stream = customerStream(customerId);
    const events = await this.stored.readStream(stream);
    const anchor = await newestAnchorOf(this.stored, stream);
    if (!anchor.intact) return { valid: false, events: events.length, reason: 'anchors-altered' };
    // A stream deleted whole is a cut tail too, once anchored; never anchored, it is just unknown.
    if (events.length === 0 && !anchor.head) throw new DomainError('not-found', 'Customer not found');
    return verifyChain(events, anchor.head);
  }

  /** Every stored event of the customer, in revision order. */
  async storedEvents(customerId: string, { probeOnly = false } = {}): Promise<RecordedEvent[]> {
    return this.read(this.stored, customerId, probeOnly ? { maxCount: 1 } : {});
  }

  async export(customerId: string, format: ExportFormat): Promise<string> {
    const items = (await this.storedEvents(customerId)).map(toHistoryItem);
    if (!this.signingKey) throw new Error('CustomerAuditTrail: exports need a signing key');
    return signExport(formatHistory(format, customerId, items), this.signingKey);
  }

  private async read(store: EventStore, customerId: string, options: { toRevision?: number; maxCount?: number } = {}): Promise<RecordedEvent[]> {
    const events = await store.readStream(customerStream(customerId), options);
    if (events.length === 0) throw new DomainError('not-found', 'Customer not found');
    return events;
  }
}
