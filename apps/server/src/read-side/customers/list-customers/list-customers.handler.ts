import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { DomainError } from '#domain';
import { CUSTOMER_PROFILES, type CustomerProfileDocument } from '#projections';
import { decodeCursor, encodeCursor, READ_STORE, type DocumentFilter, type ReadStore, type SortOrder } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { toListItem } from '../customer-read-view.js';
import { listScopeFilter } from '../listed-customers.js';
import { QualityFilter } from '../quality-filter.js';
import { customerSearchFilter } from './customer-search-filter.js';
import { ListCustomersQuery, type CustomerPage } from './list-customers.query.js';

@QueryHandler(ListCustomersQuery)
export class ListCustomersHandler implements IQueryHandler<ListCustomersQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly access: AccessPolicy,
    private readonly quality: QualityFilter,
  ) {}

  async execute({ filters, actor }: ListCustomersQuery): Promise<CustomerPage> {
    const owners = await this.access.ownerFilter(actor, filters.ownerId);
    const after = filters.cursor === undefined ? undefined : decodeCursor(filters.cursor);
    if (filters.cursor !== undefined && after === undefined) throw new DomainError('invalid-value', 'cursor is not one this API issued', 'cursor');

    const equals: NonNullable<DocumentFilter['equals']> = { ...listScopeFilter(owners).equals };
    if (filters.status) equals.status = filters.status;
    if (filters.industry) equals.industry = filters.industry;
    if (filters.region) equals.region = filters.region;
    // Duplicates are found among everything the caller sees, then narrowed like the rest of the list.
    const quality = filters.quality ? await this.quality.of(filters.quality, await this.access.ownerFilter(actor), filters.staleDays) : {};
    const has = { ...(filters.tag ? { tags: filters.tag } : {}), ...quality.has };
    const filter: DocumentFilter = {
      ...quality,
      equals: bothEqual(equals, quality.equals),
      ...(Object.keys(has).length > 0 ? { has } : {}),
      ...(filters.q ? customerSearchFilter(filters.q, actor, this.access.personalData(actor)) : {}),
    };

    const page = await this.store.list<CustomerProfileDocument>(CUSTOMER_PROFILES, { filter, sort: sortOf(filters.sort), after, limit: filters.limit ?? 50 });
    const now = this.clock.now();
    return {
      items: page.items.map((doc) => toListItem(doc, this.access.personalData(actor, doc), now)),
      nextCursor: page.next ? encodeCursor(page.next) : null,
    };
  }
}

type Equals = NonNullable<DocumentFilter['equals']>;

/** Both sets of equalities: a field in both keeps only the values both allow. */
function bothEqual(a: Equals, b: Equals = {}): Equals {
  const merged: Equals = { ...a };
  const asList = (value: Equals[string]) => (Array.isArray(value) ? value : [value]);
  for (const [field, value] of Object.entries(b)) {
    merged[field] = field in a ? asList(a[field]).filter((v) => asList(value).includes(v)) : value;
  }
  return merged;
}

function sortOf(sort = '-registeredAt'): SortOrder {
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const field = sort.replace(/^-/, '');
  return { field: field === 'lastInteractionAt' ? 'activityAt' : field, direction };
}
