import { ForbiddenException, Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccessPolicy } from '#application';
import { DomainError } from '#domain';
import { CUSTOMER_PROFILES } from '#projections';
import { READ_STORE, type DocumentFilter, type GroupExpression, type GroupRow, type ReadStore } from '#read-store';
import { CLOCK, type Clock } from '#shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { customerSearchFilter } from '../../read-side/customers/list-customers/customer-search-filter.js';
import { timeZoneOf } from '../time-zone.provider.js';
import { dimensionExpression } from './pivot-dimensions.js';
import { PivotQuery, type PivotAnswer, type PivotFigures, type PivotKey } from './pivot.query.js';
import { VALUE_DIMENSIONS, VALUE_MEASURES, type PivotDefinition, type PivotDimension } from './pivot-vocabulary.js';

const SUMS: GroupExpression[] = [
  { path: 'spendTotal' },
  { path: 'orderCount' },
  { cases: [{ when: { path: 'status', equals: 'won' }, then: 1 }], otherwise: 0 },
];

/**
 * A pivot over the customer profiles the caller sees, grouped by the store (one GROUP BY for the
 * cells; the totals are sums of the cells, or their own GROUP BYs when a tag dimension counts a
 * customer in several cells). Cells are sets of customers: month/quarter is of registration, spend
 * and orders are those customers' lifetime CNY spend and order count.
 */
@QueryHandler(PivotQuery)
export class PivotHandler implements IQueryHandler<PivotQuery> {
  private readonly timeZone: string;

  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly access: AccessPolicy,
  ) {
    this.timeZone = timeZoneOf(config);
  }

  async execute({ actor, definition }: PivotQuery): Promise<PivotAnswer> {
    const dimensions = [...definition.rows, ...definition.columns];
    if (new Set(dimensions).size < dimensions.length) throw new DomainError('invalid-value', 'a dimension may be used once, on rows or columns', 'columns');
    if (await this.access.hidesField(actor, 'value')) {
      const builtOnValue = [...dimensions.filter((d) => VALUE_DIMENSIONS.includes(d)), ...definition.measures.filter((m) => VALUE_MEASURES.includes(m))];
      if (builtOnValue.length > 0) throw new ForbiddenException(`Role ${actor.role} does not see value, which ${builtOnValue.join(', ')} is built on`);
    }
    const now = this.clock.now();
    const filter = await this.filterOf(actor, definition);
    const context = { store: this.store, filter, now, timeZone: this.timeZone };
    const expressions = new Map<PivotDimension, GroupExpression>();
    for (const dimension of dimensions) expressions.set(dimension, await dimensionExpression(dimension, context));

    const group = (by: readonly PivotDimension[]) =>
      this.store.group(CUSTOMER_PROFILES, { by: by.map((d) => expressions.get(d) as GroupExpression), filter, sum: SUMS });
    const cells = await group(dimensions);
    const split = (row: GroupRow) => ({ row: keyOf(definition.rows, row.key), column: keyOf(definition.columns, row.key.slice(definition.rows.length)) });
    const figures = (row: GroupRow) => figuresOf(definition, row);

    const counted = dimensions.includes('tag')
      ? await Promise.all([group(definition.rows), group(definition.columns), group([])])
      : [sumBy(cells, definition.rows.length, 0), sumBy(cells, definition.columns.length, definition.rows.length), sumBy(cells, 0, 0)];
    const [rowTotals, columnTotals, [total]] = counted;
    return {
      rows: definition.rows,
      columns: definition.columns,
      measures: definition.measures,
      timeZone: this.timeZone,
      asOf: now.toISOString(),
      cells: sorted(cells).map((row) => ({ ...split(row), ...figures(row) })),
      rowTotals: sorted(rowTotals).map((row) => ({ row: keyOf(definition.rows, row.key), ...figures(row) })),
      columnTotals: sorted(columnTotals).map((row) => ({ column: keyOf(definition.columns, row.key), ...figures(row) })),
      total: figures(total ?? { key: [], count: 0, sums: [0, 0, 0] }),
    };
  }

  private async filterOf(actor: PivotQuery['actor'], { filters = {}, period }: PivotDefinition): Promise<DocumentFilter> {
    const owners = await this.access.ownerFilter(actor, filters.ownerId);
    const equals: NonNullable<DocumentFilter['equals']> = {};
    if (filters.status) equals.status = filters.status;
    if (filters.industry) equals.industry = filters.industry;
    if (filters.region) equals.region = filters.region;
    if (owners) equals.ownerId = owners;
    const registeredAt = {
      ...(period?.from ? { gte: new Date(period.from).toISOString() } : {}),
      ...(period?.to ? { lt: new Date(period.to).toISOString() } : {}),
    };
    return {
      equals,
      ...(filters.tag ? { has: { tags: filters.tag } } : {}),
      ...(Object.keys(registeredAt).length > 0 ? { range: { registeredAt } } : {}),
      ...(filters.q ? customerSearchFilter(filters.q, actor, this.access.personalData(actor)) : {}),
    };
  }
}

const keyOf = (dimensions: readonly PivotDimension[], values: readonly (string | number | null)[]): PivotKey =>
  Object.fromEntries(dimensions.map((dimension, i) => [dimension, values[i] ?? null]));

/** The groups of `length` key values starting at `offset`, summed from finer groups (each customer in one of them). */
function sumBy(rows: readonly GroupRow[], length: number, offset: number): GroupRow[] {
  const sums = new Map<string, GroupRow>();
  for (const row of rows) {
    const key = row.key.slice(offset, offset + length);
    const id = JSON.stringify(key);
    const current = sums.get(id) ?? { key, count: 0, sums: row.sums.map(() => 0) };
    sums.set(id, { key, count: current.count + row.count, sums: current.sums.map((sum, i) => sum + row.sums[i]) });
  }
  return [...sums.values()];
}

const compareKeys = (a: GroupRow, b: GroupRow): number => {
  for (let i = 0; i < a.key.length; i++) {
    const [x, y] = [a.key[i], b.key[i]];
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return String(x).localeCompare(String(y));
  }
  return 0;
};
const sorted = (rows: readonly GroupRow[]): GroupRow[] => [...rows].sort(compareKeys);

function figuresOf({ measures }: PivotDefinition, { count, sums: [spend, orders, won] }: GroupRow): PivotFigures {
  return {
    ...(measures.includes('count') ? { count } : {}),
    ...(measures.includes('spend') ? { spend, spendYuan: spend / 100 } : {}),
    ...(measures.includes('orders') ? { orders } : {}),
    ...(measures.includes('conversion') ? { conversion: count === 0 ? null : Math.round((won / count) * 10_000) / 10_000 } : {}),
  };
}
