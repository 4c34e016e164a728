import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { DomainError } from '#domain';
import { CUSTOMER_PROFILES, RETIRED_CUSTOMER_PROFILES, type CustomerProfileDocument } from '#projections';
import { decodeCursor, encodeCursor, READ_STORE, type DocumentFilter, type ReadStore, type SortOrder } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { AnalyticsSettingsService } from '../../analytics/value-models/analytics-settings.service.js';
import { CustomerValueModelReader } from '../../analytics/value-models/customer-value-models.js';
import { toListItem } from '../customer-read-view.js';
import { pageByValueModel } from './value-model-filter.js';
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
    private readonly settings: AnalyticsSettingsService,
    private readonly models: CustomerValueModelReader,
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
    if (owners) equals.ownerId = owners;
    // Archived customers live beside merged ones, out of the collection every other list and analytic reads.
    const archived = filters.archived === 'true';
    if (archived) equals.retired = 'archived';
    // Duplicates are found among everything the caller sees, then narrowed like the rest of the list.
    const quality = filters.quality ? await this.quality.of(filters.quality, await this.access.ownerFilter(actor), filters.staleDays) : {};
    const has = { ...(filters.tag ? { tags: filters.tag } : {}), ...quality.has };
    const filter: DocumentFilter = {
      ...quality,
      equals: bothEqual(equals, quality.equals),
      ...(Object.keys(has).length > 0 ? { has } : {}),
      ...(filters.q ? customerSearchFilter(filters.q, actor, this.access.personalData(actor)) : {}),
    };

    const now = this.clock.now();
    const query = { filter, sort: sortOf(filters.sort), after, limit: filters.limit ?? 50 };
    const { segment, lifecycleStage } = filters;
    if (segment !== undefined && (await this.access.hidesField(actor, 'value'))) {
      throw new DomainError('forbidden', 'Segments follow from spend, which your role does not show', 'segment');
    }
    const page =
      segment === undefined && lifecycleStage === undefined
        ? await this.store.list<CustomerProfileDocument>(archived ? RETIRED_CUSTOMER_PROFILES : CUSTOMER_PROFILES, query)
        : await pageByValueModel(this.store, this.models, query, { segment, lifecycleStage }, await this.settings.current(), now);
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
