import { Inject, Injectable } from '@nestjs/common';
import { AccessPolicy, TagLibrary } from '#application';
import { DEFAULT_TAG_CATEGORIES, UNCATEGORISED, type Actor } from '#domain';
import { CUSTOMER_PROFILES } from '#projections';
import { READ_STORE, type ReadStore } from '#read-store';
import { RULE_IDS, RuleBookStore } from '#sagas';
import { ownersFilter } from '../read-side/analytics/scope/customers-in-scope.js';
import type { TagLibraryDto, TagLibraryItemDto } from './tag-library.dto.js';

/**
 * The tag library as the quarterly review (每季度復盤) reads it: every described tag, every tag a rule
 * sets, every tag in use (uncategorised until described), with its usage among the customers the caller sees.
 */
@Injectable()
export class TagLibraryView {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly access: AccessPolicy,
    private readonly rules: RuleBookStore,
    private readonly library: TagLibrary,
  ) {}

  async list(actor: Actor): Promise<TagLibraryDto> {
    const usage = new Map(
      (await this.store.countBy(CUSTOMER_PROFILES, 'tags', ownersFilter(await this.access.ownerFilter(actor)))).map((row) => [String(row.value), row.count]),
    );
    const items = new Map<string, TagLibraryItemDto>();
    const book = await this.rules.current();
    for (const ruleId of RULE_IDS) {
      const tag = book[ruleId].tag;
      if (tag !== undefined)
        items.set(tag, {
          tag,
          category: DEFAULT_TAG_CATEGORIES[tag] ?? 'behaviour',
          description: book[ruleId].description,
          origin: 'rule',
          ruleId,
          customers: 0,
        });
    }
    for (const doc of await this.library.list()) {
      const rule = items.get(doc.tag);
      items.set(doc.tag, {
        tag: doc.tag,
        category: doc.category ?? rule?.category ?? UNCATEGORISED,
        ...(doc.description !== undefined ? { description: doc.description } : rule?.description !== undefined ? { description: rule.description } : {}),
        origin: 'library',
        ...(rule?.ruleId ? { ruleId: rule.ruleId } : {}),
        customers: 0,
        ...(doc.retiredAt ? { retiredAt: doc.retiredAt, retiredReason: doc.retiredReason } : {}),
      });
    }
    for (const tag of usage.keys()) if (!items.has(tag)) items.set(tag, { tag, category: UNCATEGORISED, origin: 'usage', customers: 0 });
    const list = [...items.values()].map((item) => ({ ...item, customers: usage.get(item.tag) ?? 0 })).sort((a, b) => a.tag.localeCompare(b.tag));
    const categories = new Map<string, { tags: number; customers: number }>();
    for (const item of list) {
      if (item.retiredAt) continue;
      const entry = categories.get(item.category) ?? { tags: 0, customers: 0 };
      categories.set(item.category, { tags: entry.tags + 1, customers: entry.customers + item.customers });
    }
    return { items: list, byCategory: [...categories].map(([category, figures]) => ({ category, ...figures })).sort((a, b) => b.customers - a.customers) };
  }
}
