import { Inject, Injectable } from '@nestjs/common';
import { CustomerCommandPipeline, deterministicUuid, TagLibrary, type CommandContext } from '#application';
import { DomainError } from '#domain';
import { CUSTOMER_PROFILES, type CustomerProfileDocument } from '#projections';
import { READ_STORE, type KeysetPosition, type ReadStore } from '#read-store';
import { ProjectionWaiter } from '../read-side/read-your-writes/projection-waiter.js';
import type { RetireTagReportDto } from './tag-library.dto.js';

const PAGE = 500;
const CATCH_UP_MS = 5000;

/**
 * Retiring a tag (刪除無效標籤): `TagRetired` in the tag's stream — from then on nobody may set it —
 * then `CustomerUntagged` on every customer that has it. Each untag derives its id from the tag and
 * the customer, so a retry after a crash or a partial failure finishes the job and repeats nothing.
 */
@Injectable()
export class TagRetirement {
  constructor(
    private readonly library: TagLibrary,
    private readonly customers: CustomerCommandPipeline,
    private readonly waiter: ProjectionWaiter,
    @Inject(READ_STORE) private readonly store: ReadStore,
  ) {}

  async retire(tag: string, reason: string, context: CommandContext): Promise<RetireTagReportDto> {
    const retired = await this.library.retire(tag, reason, context);
    // Customers tagged before the retirement must be in the read model before it is scanned.
    await this.waiter.waitFor(retired.position, CATCH_UP_MS);
    const report: RetireTagReportDto = { tag, retiredAt: retired.state?.retiredAt ?? '', untagged: [], failed: [], remaining: 0 };
    for await (const customerId of this.customersWith(tag)) {
      const untagContext = { ...context, idempotencyKey: deterministicUuid('retire-tag', tag, customerId) };
      try {
        const result = await this.customers.execute(customerId, untagContext, (now) => ({ type: 'UntagCustomer', data: { tag, source: 'manual' }, now }));
        report.untagged.push({ customerId, revision: result.revision });
      } catch (error) {
        if (error instanceof DomainError && error.code === 'tag-not-found') continue;
        report.failed.push({ customerId, title: error instanceof Error ? error.message : String(error) });
      }
    }
    report.remaining = report.failed.length;
    return report;
  }

  /** Every customer with the tag, whoever owns it: retiring is a library-wide act. */
  private async *customersWith(tag: string): AsyncGenerator<string> {
    let after: KeysetPosition | undefined;
    const ids: string[] = [];
    do {
      const page = await this.store.list<CustomerProfileDocument>(CUSTOMER_PROFILES, {
        filter: { has: { tags: tag } },
        sort: { field: 'registeredAt', direction: 'asc' },
        after,
        limit: PAGE,
      });
      ids.push(...page.items.map((item) => item.id));
      after = page.next;
    } while (after);
    // Listed first, untagged after: the untags change the very index being paged.
    yield* ids;
  }
}
