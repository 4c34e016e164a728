import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { CUSTOMER_PROFILES, churnRiskOf, churnScoreCeiling, type CustomerProfileDocument } from '#projections';
import { READ_STORE, type DocumentFilter, type KeysetPosition, type ReadStore } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { ChurnRiskQuery, type ChurnRiskItem } from './churn-risk.query.js';

/**
 * Ranks the open customers by churn score, computed now from stored facts; equal scores rank the
 * longest-quiet first. It scans the customers in scope from the longest quiet on and stops once the
 * ranking is full and no later customer can reach its lowest score (churnScoreCeiling), so a
 * million-customer scope reads the quiet end only, not everyone.
 */
@QueryHandler(ChurnRiskQuery)
export class ChurnRiskHandler implements IQueryHandler<ChurnRiskQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ actor, ownerId, level, limit }: ChurnRiskQuery): Promise<{ items: ChurnRiskItem[] }> {
    const owners = await this.access.ownerFilter(actor, ownerId);
    const filter: DocumentFilter = { equals: { status: ['prospect', 'qualified', 'won'], ...(owners ? { ownerId: owners } : {}) } };
    const now = this.clock.now();
    let ranked: (ChurnRiskItem & { activityAt: string })[] = [];
    let after: KeysetPosition | undefined;
    do {
      const page = await this.store.list<CustomerProfileDocument>(CUSTOMER_PROFILES, {
        filter,
        sort: { field: 'activityAt', direction: 'asc' },
        after,
        limit: 2000,
      });
      for (const doc of page.items) {
        const risk = churnRiskOf(doc, now);
        if (!risk || risk.score === 0 || (level && risk.level !== level)) continue;
        ranked.push({
          id: doc.id,
          code: doc.code,
          name: doc.name,
          ownerId: doc.ownerId,
          status: doc.status,
          lastInteractionAt: doc.lastInteractionAt ?? null,
          churnRisk: risk,
          activityAt: doc.activityAt,
        });
      }
      // Stable sort: equal scores keep the scan's activityAt order.
      ranked = ranked.sort((a, b) => b.churnRisk.score - a.churnRisk.score).slice(0, limit);
      const last = page.items.at(-1);
      if (last && ranked.length === limit && ranked[limit - 1].churnRisk.score >= churnScoreCeiling(last.activityAt, now)) break;
      after = page.next;
    } while (after);
    return { items: ranked.map(({ activityAt: _activityAt, ...item }) => item) };
  }
}
