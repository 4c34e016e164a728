import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { READ_STORE, type CollectionSpec, type KeysetPosition, type ReadDocument, type ReadStore } from '#read-store';
import type { ReportFile } from './report-files.js';

const REPORT_INBOX = 'report-inbox';

/** An item as listed (without its file). */
export interface InboxEntry {
  id: string;
  userId: string;
  subscriptionId: string;
  runId: string;
  report: string;
  format: string;
  period: string;
  generatedAt: string;
  filename: string;
  contentType: string;
}

type InboxItem = ReadDocument &
  InboxEntry & {
    /** base64 */
    content: string;
    /** The customers the report names: an erasure removes the items that name its customer. */
    customerIds: string[];
  };

const inboxCollection: CollectionSpec = { name: REPORT_INBOX, fields: { userId: 'text', generatedAt: 'text' }, multiValued: ['customerIds'] };
/** Not a projection: items are written once, so every write carries the same position and a delete the next one. */
const WRITTEN = 1;
const DELETED = 2;

/**
 * The report inbox (GET /v1/report-inbox): each delivered report as its recipient got it, kept in the read
 * store so every replica serves it. Not rebuilt from events: a run's events record what was delivered,
 * the inbox keeps the file.
 */
@Injectable()
export class ReportInbox implements OnModuleInit {
  constructor(@Inject(READ_STORE) private readonly store: ReadStore) {}

  async onModuleInit(): Promise<void> {
    await this.store.prepare([inboxCollection]);
  }

  async put(item: InboxEntry & { customerIds: string[] }, file: ReportFile): Promise<void> {
    const document: InboxItem = { ...item, content: file.content.toString('base64') };
    await this.store.commit(REPORT_INBOX, [{ kind: 'put', collection: REPORT_INBOX, document, position: WRITTEN }], 0);
  }

  async list(userId: string, after?: KeysetPosition, limit = 50): Promise<{ items: InboxEntry[]; next?: KeysetPosition }> {
    const page = await this.store.list<InboxItem>(REPORT_INBOX, {
      filter: { equals: { userId } },
      sort: { field: 'generatedAt', direction: 'desc' },
      after,
      limit,
    });
    return { items: page.items.map(({ content: _content, customerIds: _customers, ...item }) => item), ...(page.next ? { next: page.next } : {}) };
  }

  async find(id: string): Promise<(InboxEntry & { content: string }) | undefined> {
    return (await this.store.get<InboxItem>(REPORT_INBOX, id))?.document;
  }

  /** Erasure: the reports that named the customer leave every inbox. */
  async forgetCustomer(customerId: string): Promise<number> {
    const page = await this.store.list<InboxItem>(REPORT_INBOX, {
      filter: { has: { customerIds: customerId } },
      sort: { field: 'generatedAt', direction: 'asc' },
      limit: 10_000,
    });
    if (page.items.length === 0) return 0;
    await this.store.commit(
      REPORT_INBOX,
      page.items.map((item) => ({ kind: 'delete' as const, collection: REPORT_INBOX, id: item.id, position: DELETED })),
      0,
    );
    return page.items.length;
  }
}
