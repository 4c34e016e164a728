import request from 'supertest';
import { bearer } from './bearer.js';
import type { TestApp } from './test-app.js';
import { waitFor } from './wait-for.js';

/**
 * Waits until no projection is rebuilding (GET /v1/admin/projections). A rebuild fills a shadow while the live
 * read model keeps answering, so only after this do reads come from the rebuilt model.
 */
export async function rebuildsFinished(t: TestApp): Promise<void> {
  await waitFor(async () => {
    const { items } = (await request(t.http).get('/v1/admin/projections').set(bearer(t.adminToken)).expect(200)).body as {
      items: { rebuilding: boolean | null }[];
    };
    return items.every((projection) => projection.rebuilding === false);
  }, 'the projection rebuilds to finish');
}
