import request from 'supertest';
import { CUSTOMER_STREAM_PREFIX } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { bearer } from './bearer.js';
import type { TestApp } from './test-app.js';
import { waitFor } from './wait-for.js';

/**
 * Waits until every saga reaction to the feed so far has settled: no customer event lies past the feeder's
 * checkpoint (sagas see customer streams only; users and anchors may sit at the head) and no reaction
 * appended after it. Returns that head, to read at (X-Min-Position).
 */
export async function sagasSettled(t: TestApp): Promise<number> {
  const store = t.app.get<EventStore>(EVENT_STORE);
  let head = 0;
  await waitFor(async () => {
    head = await t.headPosition();
    const { position } = (await request(t.http).get('/v1/admin/sagas').set(bearer(t.adminToken)).expect(200)).body as { position: number };
    const [unseen] = await store.readAll({ after: position, streamPrefixes: [CUSTOMER_STREAM_PREFIX], limit: 1 });
    return unseen === undefined && (await t.headPosition()) === head;
  }, 'the sagas to settle');
  return head;
}
