import type { VisibleOwners } from '#application';
import type { CustomerProfileDocument } from '#projections';
import type { DocumentFilter } from '#read-store';

// The customers a list shows: the caller's scope (sales: own, manager: team). The duplicate finder and
// the data-quality report read through the same scope, so whatever leaves the list leaves them too.

export function listScopeFilter(owners: VisibleOwners): DocumentFilter {
  return owners ? { equals: { ownerId: owners } } : {};
}

/** A merged or archived customer (fields the merge and archive commands set) leaves duplicates and quality figures. */
export function isListed(doc: CustomerProfileDocument): boolean {
  return doc.mergedInto === undefined && doc.archivedAt === undefined;
}
