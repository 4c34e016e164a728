import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy, UserDirectory, type VisibleOwners } from '#application';
import { CUSTOMER_PROFILES } from '#projections';
import { READ_STORE, type DocumentFilter, type ReadStore } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { DuplicateFinder } from '../../customers/find-duplicates/duplicate-finder.js';
import { listScopeFilter } from '../../customers/listed-customers.js';
import { DEFAULT_STALE_DAYS, QualityFilter, type QualityFilterValue } from '../../customers/quality-filter.js';
import { DataQualityQuery } from './data-quality.query.js';
import type { DataQualityResponse, QualityFigureResponse, QualityFiguresResponse } from './data-quality.response.js';

// Which flag counts which field, in the order the report lists them.
const MISSING: [field: string, quality: QualityFilterValue][] = [
  ['contact.email', 'missing-email'],
  ['contact.phone', 'missing-phone'],
  ['contact.name', 'missing-contact-name'],
  ['size', 'missing-size'],
  ['firstContactAt', 'missing-first-contact'],
  ['needs', 'missing-needs'],
];
const INVALID: [field: string, quality: QualityFilterValue][] = [
  ['contact.phone', 'invalid-phone'],
  ['contact.email', 'invalid-email'],
  ['industry', 'invalid-industry'],
];

/**
 * Completeness, invalid values under today's rules, duplicate rate and stale records, overall and per
 * owner, among the customers the caller sees (the list's scope); each figure links to its customers.
 */
@QueryHandler(DataQualityQuery)
export class DataQualityHandler implements IQueryHandler<DataQualityQuery> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly access: AccessPolicy,
    private readonly users: UserDirectory,
    private readonly quality: QualityFilter,
    private readonly duplicates: DuplicateFinder,
  ) {}

  async execute({ filters, actor }: DataQualityQuery): Promise<DataQualityResponse> {
    const staleDays = filters.staleDays ?? DEFAULT_STALE_DAYS;
    const owners = await this.ownersOf(await this.access.ownerFilter(actor, filters.ownerId), filters.teamId);
    // Duplicates among everything the caller sees (as GET /v1/customers?quality=duplicate), counted for the owners asked about.
    const { profiles } = await this.duplicates.find(await this.access.ownerFilter(actor));
    const duplicated = new Map<string, number>();
    for (const doc of profiles.values()) duplicated.set(doc.ownerId, (duplicated.get(doc.ownerId) ?? 0) + 1);
    const inScope = owners === undefined ? profiles.size : owners.reduce((sum, owner) => sum + (duplicated.get(owner) ?? 0), 0);

    const scope = listScopeFilter(owners);
    const perOwner = await this.store.countBy(CUSTOMER_PROFILES, 'ownerId', scope);
    const figures = (filter: DocumentFilter, duplicates: number, ownerId?: string) => this.figures(filter, duplicates, staleDays, ownerId);
    return {
      asOf: this.clock.now().toISOString(),
      staleDays,
      overall: await figures(scope, inScope, filters.ownerId),
      owners: await Promise.all(
        perOwner
          .map((row) => String(row.value))
          .sort()
          .map(async (ownerId) => ({ ownerId, ...(await figures({ equals: { ownerId } }, duplicated.get(ownerId) ?? 0, ownerId)) })),
      ),
    };
  }

  /** A team narrows the caller's scope to its members. */
  private async ownersOf(owners: VisibleOwners, teamId: string | undefined): Promise<VisibleOwners> {
    if (teamId === undefined) return owners;
    const members = (await this.users.list()).filter((user) => user.teamId === teamId).map((user) => user.userId);
    return owners === undefined ? members : owners.filter((owner) => members.includes(owner));
  }

  private async figures(scope: DocumentFilter, duplicates: number, staleDays: number, ownerId?: string): Promise<QualityFiguresResponse> {
    const [customers, enterprises, flags, invalidIndustries, stale] = await Promise.all([
      this.store.count(CUSTOMER_PROFILES, scope),
      this.store.count(CUSTOMER_PROFILES, { ...scope, equals: { ...scope.equals, type: 'enterprise' } }),
      this.store.countBy(CUSTOMER_PROFILES, 'qualityFlags', scope),
      this.quality.invalidIndustries(scope),
      this.store.count(CUSTOMER_PROFILES, { ...scope, range: { updatedAt: { lt: this.quality.staleBefore(staleDays) } } }),
    ]);
    const flagged = new Map(flags.map((row) => [String(row.value), row.count]));
    const withIndustry =
      invalidIndustries.length === 0 ? 0 : await this.store.count(CUSTOMER_PROFILES, { ...scope, equals: { ...scope.equals, industry: invalidIndustries } });
    const figure = (field: string, quality: QualityFilterValue, count: number, of = customers): QualityFigureResponse => ({
      field,
      count,
      of,
      share: of === 0 ? 0 : Math.round((count / of) * 10_000) / 10_000,
      quality,
      link: linkOf(quality, ownerId, quality === 'stale' ? staleDays : undefined),
    });
    return {
      customers,
      missing: MISSING.map(([field, quality]) => figure(field, quality, flagged.get(quality) ?? 0, quality === 'missing-size' ? enterprises : customers)),
      invalid: INVALID.map(([field, quality]) => figure(field, quality, quality === 'invalid-industry' ? withIndustry : (flagged.get(quality) ?? 0))),
      duplicates: figure('duplicates', 'duplicate', duplicates),
      stale: figure('stale', 'stale', stale),
    };
  }
}

function linkOf(quality: QualityFilterValue, ownerId: string | undefined, staleDays: number | undefined): string {
  const query = new URLSearchParams({ quality, ...(ownerId ? { ownerId } : {}), ...(staleDays ? { staleDays: String(staleDays) } : {}) });
  return `/v1/customers?${query.toString()}`;
}
