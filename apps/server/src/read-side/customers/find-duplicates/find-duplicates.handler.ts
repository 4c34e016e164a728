import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy, contactAsSeen } from '#application';
import { DomainError, type Actor } from '#domain';
import type { CustomerProfileDocument } from '#projections';
import { decodeCursor, encodeCursor } from '#read-store';
import { DuplicateFinder } from './duplicate-finder.js';
import type { DuplicateCustomerResponse, DuplicateGroupPageResponse } from './duplicate-group.response.js';
import { FindDuplicatesQuery } from './find-duplicates.query.js';

@QueryHandler(FindDuplicatesQuery)
export class FindDuplicatesHandler implements IQueryHandler<FindDuplicatesQuery> {
  constructor(
    private readonly finder: DuplicateFinder,
    private readonly access: AccessPolicy,
  ) {}

  async execute({ filters, actor }: FindDuplicatesQuery): Promise<DuplicateGroupPageResponse> {
    const after = filters.cursor === undefined ? undefined : decodeCursor(filters.cursor);
    if (filters.cursor !== undefined && (after === undefined || typeof after.value !== 'number')) {
      throw new DomainError('invalid-value', 'cursor is not one this API issued', 'cursor');
    }
    const { groups, profiles } = await this.finder.find(await this.access.ownerFilter(actor, filters.ownerId));
    // Ordered by score (descending), then groupId: the page starts after the cursor's group.
    const rest = after === undefined ? groups : groups.filter((g) => g.score < Number(after.value) || (g.score === after.value && g.groupId > after.id));
    const limit = filters.limit ?? 50;
    const page = rest.slice(0, limit);
    const items = page.map(({ groupId, score, reasons, customerIds }) => ({
      groupId,
      score,
      reasons,
      customers: customerIds.map((id) => this.member(profiles.get(id) as CustomerProfileDocument, actor)),
    }));
    const last = page[page.length - 1];
    return { items, nextCursor: rest.length > limit && last ? encodeCursor({ value: last.score, id: last.groupId }) : null };
  }

  private member(doc: CustomerProfileDocument, actor: Actor): DuplicateCustomerResponse {
    const { id, code, name, type, region, industry, status, ownerId, registeredAt } = doc;
    return {
      id,
      code,
      name,
      type,
      region,
      industry,
      status,
      ownerId,
      registeredAt,
      contact: contactAsSeen(doc.contact, this.access.personalData(actor, doc)),
    };
  }
}
