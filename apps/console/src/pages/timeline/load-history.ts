import type { ApiSchemas, DossierClient } from '#api-client';
import { unwrap } from '../../shell/problem.js';

export type HistoryItem = ApiSchemas['HistoryItemDto'];

/** Every event of the customer, oldest first, following the API's pages (?fromRevision=nextRevision). */
export async function loadHistory(api: DossierClient, id: string): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  let fromRevision: number | null = 0;
  while (fromRevision !== null) {
    const page: ApiSchemas['HistoryPageResponseDto'] = unwrap(
      await api.GET('/v1/customers/{id}/history', { params: { path: { id }, query: { fromRevision, limit: 500 } } }),
    );
    items.push(...page.items);
    fromRevision = page.nextRevision;
  }
  return items;
}
