import type { DocumentFilter, KeysetPosition, ReadDocument, ReadStore } from '#read-store';

const PAGE = 5000;

/** Every document of a collection matching the filter, page by page in keyset order (a report reads them all once). */
export async function* scanDocuments<T extends ReadDocument>(
  store: ReadStore,
  collection: string,
  filter: DocumentFilter,
  sortField: string,
): AsyncGenerator<T> {
  let after: KeysetPosition | undefined;
  do {
    const page = await store.list<T>(collection, { filter, sort: { field: sortField, direction: 'asc' }, after, limit: PAGE });
    yield* page.items;
    after = page.next;
  } while (after);
}
